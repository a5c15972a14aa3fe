package no.jobbstotte.agreementssync;

import dagger.Module;
import dagger.Provides;
import java.time.Clock;
import javax.inject.Singleton;
import no.jobbstotte.shared.agreement.AgreementStore;
import no.jobbstotte.shared.agreement.DynamoDbAgreementStore;
import no.jobbstotte.shared.batch.PartialBatch;
import no.jobbstotte.shared.batch.SqsDeadLetters;
import no.jobbstotte.shared.config.RuntimeConfig;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsClient;

@Module
final class AgreementsSyncModule {
    private AgreementsSyncModule() {}

    @Provides
    @Singleton
    static AgreementStore agreementStore(DynamoDbClient dynamoDb, RuntimeConfig config) {
        return new DynamoDbAgreementStore(dynamoDb, config.require("AGREEMENTS_TABLE"));
    }

    @Provides
    @Singleton
    static PartialBatch partialBatch(SqsClient sqs, RuntimeConfig config) {
        return new PartialBatch(new SqsDeadLetters(sqs, config.require("DEAD_LETTER_QUEUE_URL")));
    }

    @Provides
    static Clock clock() {
        return Clock.systemUTC();
    }
}
