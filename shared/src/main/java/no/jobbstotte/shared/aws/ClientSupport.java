package no.jobbstotte.shared.aws;

import java.time.Duration;
import no.jobbstotte.shared.config.RuntimeConfig;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;

/**
 * The one client set-up every function uses: explicit region and credentials from the
 * environment, the light url-connection HTTP client, and an endpoint override only where one is
 * configured. Explicit values spare the SDK its provider-chain lookups at cold start.
 */
public final class ClientSupport {

    private ClientSupport() {}

    public static <B extends AwsClientBuilder<B, C> & SdkSyncClientBuilder<B, C>, C> C build(
            B builder, RuntimeConfig config, String endpointEnvSuffix) {
        builder.region(Region.of(config.region()))
                .credentialsProvider(credentials(config))
                .httpClient(httpClient());
        config.endpointOverride(endpointEnvSuffix).ifPresent(builder::endpointOverride);
        return builder.build();
    }

    static AwsCredentialsProvider credentials(RuntimeConfig config) {
        String accessKey = config.require("AWS_ACCESS_KEY_ID");
        String secretKey = config.require("AWS_SECRET_ACCESS_KEY");
        AwsCredentials credentials = config.optional("AWS_SESSION_TOKEN")
                .<AwsCredentials>map(token -> AwsSessionCredentials.create(accessKey, secretKey, token))
                .orElseGet(() -> AwsBasicCredentials.create(accessKey, secretKey));
        return StaticCredentialsProvider.create(credentials);
    }

    static SdkHttpClient httpClient() {
        return UrlConnectionHttpClient.builder()
                .connectionTimeout(Duration.ofSeconds(2))
                .socketTimeout(Duration.ofSeconds(20))
                .build();
    }
}
