package no.jobbstotte.shared.batch;

import dagger.Lazy;
import dagger.Module;
import dagger.Provides;
import javax.inject.Singleton;
import no.jobbstotte.shared.aws.SqsModule;
import no.jobbstotte.shared.config.RuntimeConfig;
import software.amazon.awssdk.services.sqs.SqsClient;

/** What every queue consumer needs: partial-batch handling that dead-letters to DEAD_LETTER_QUEUE_URL. */
@Module(includes = SqsModule.class)
public final class QueueConsumerModule {
    private QueueConsumerModule() {}

    @Provides
    @Singleton
    static PartialBatch partialBatch(Lazy<SqsClient> sqs, RuntimeConfig config) {
        return new PartialBatch(new SqsDeadLetters(sqs::get, config.require("DEAD_LETTER_QUEUE_URL")));
    }
}
