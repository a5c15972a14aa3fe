package no.jobbstotte.shared.table.maildelivery;

import dagger.Module;
import dagger.Provides;
import javax.inject.Singleton;
import no.jobbstotte.shared.config.RuntimeConfig;
import no.jobbstotte.shared.secret.ManagedSecret;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * MailDeliveryTable for Dagger, from MAIL_DELIVERY_TABLE and MAIL_PEPPER_SECRET_ARN. The pepper is
 * read on the first key computed, never at init (so no SnapStart snapshot holds it).
 */
@Module
public final class MailDeliveryModule {
    private MailDeliveryModule() {}

    @Provides
    @Singleton
    static DynamoDbMailDelivery mailDelivery(DynamoDbClient dynamoDb, SecretsManagerClient secretsManager,
            RuntimeConfig config) {
        return new DynamoDbMailDelivery(dynamoDb, config.require("MAIL_DELIVERY_TABLE"),
                new ManagedSecret(secretsManager, config.require("MAIL_PEPPER_SECRET_ARN")));
    }

    @Provides
    static Suppressions suppressions(DynamoDbMailDelivery table) {
        return table;
    }

    @Provides
    static DeliveryRecords records(DynamoDbMailDelivery table) {
        return table;
    }
}
