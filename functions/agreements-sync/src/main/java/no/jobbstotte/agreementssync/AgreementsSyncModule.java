package no.jobbstotte.agreementssync;

import dagger.Module;
import dagger.Provides;
import javax.inject.Singleton;
import no.jobbstotte.shared.config.RuntimeConfig;
import no.jobbstotte.shared.table.agreements.AgreementStore;
import no.jobbstotte.shared.table.agreements.DynamoDbAgreementStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

@Module
final class AgreementsSyncModule {
    private AgreementsSyncModule() {}

    @Provides
    @Singleton
    static AgreementStore agreementStore(DynamoDbClient dynamoDb, RuntimeConfig config) {
        return new DynamoDbAgreementStore(dynamoDb, config.require("AGREEMENTS_TABLE"));
    }
}
