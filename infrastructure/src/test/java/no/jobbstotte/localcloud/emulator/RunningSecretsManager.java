package no.jobbstotte.localcloud.emulator;

import java.net.URI;
import java.time.Clock;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/** The Secrets Manager stand-in on a free port, with an SDK client for it: for tests that need only it. */
public final class RunningSecretsManager implements AutoCloseable {

    private final SecretsManagerEmulator emulator = SecretsManagerEmulator.start(0, Clock.systemUTC());
    private final SecretsManagerClient client = SecretsManagerClient.builder().endpointOverride(emulator.endpoint())
            .region(Region.EU_NORTH_1)
            .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
            .httpClient(UrlConnectionHttpClient.create()).build();

    public SecretsManagerClient client() {
        return client;
    }

    public URI endpoint() {
        return emulator.endpoint();
    }

    @Override
    public void close() {
        client.close();
        emulator.close();
    }
}
