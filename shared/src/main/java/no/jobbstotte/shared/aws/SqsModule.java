package no.jobbstotte.shared.aws;

import dagger.Module;
import dagger.Provides;
import javax.inject.Singleton;
import no.jobbstotte.shared.config.RuntimeConfig;
import software.amazon.awssdk.services.sqs.SqsClient;

@Module
public final class SqsModule {
    private SqsModule() {}

    @Provides
    @Singleton
    static SqsClient sqs(RuntimeConfig config) {
        return ClientSupport.build(SqsClient.builder(), config, "SQS");
    }
}
