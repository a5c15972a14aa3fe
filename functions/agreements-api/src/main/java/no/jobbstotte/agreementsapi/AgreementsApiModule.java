package no.jobbstotte.agreementsapi;

import dagger.Module;
import dagger.Provides;
import java.security.SecureRandom;
import java.time.Clock;
import javax.inject.Singleton;
import no.jobbstotte.agreementsapi.table.chains.ChainRepository;
import no.jobbstotte.agreementsapi.table.chains.DynamoDbChainRepository;
import no.jobbstotte.agreementsapi.table.requestlog.DynamoDbRequestLog;
import no.jobbstotte.agreementsapi.table.requestlog.RequestLog;
import no.jobbstotte.agreementsapi.webhook.WebhookVerifier;
import no.jobbstotte.shared.config.RuntimeConfig;
import no.jobbstotte.shared.domain.Municipalities;
import no.jobbstotte.shared.http.HttpResponses;
import no.jobbstotte.shared.secret.ManagedSecret;
import no.jobbstotte.shared.table.agreements.AgreementStore;
import no.jobbstotte.shared.table.agreements.DynamoDbAgreementStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.sqs.SqsClient;

@Module
final class AgreementsApiModule {
    private AgreementsApiModule() {}

    @Provides
    @Singleton
    static AgreementStore agreementStore(DynamoDbClient dynamoDb, RuntimeConfig config) {
        return new DynamoDbAgreementStore(dynamoDb, config.require("AGREEMENTS_TABLE"));
    }

    @Provides
    @Singleton
    static ChainRepository chains(DynamoDbClient dynamoDb, RuntimeConfig config) {
        return new DynamoDbChainRepository(dynamoDb, config.require("CHAINS_TABLE"));
    }

    /** The master of the chains' signing secrets (ChainSigningSecret), read on the first request that needs it. */
    @Provides
    @Singleton
    static ChainSigningKeys signingKeys(SecretsManagerClient secretsManager, ChainRepository chains, RuntimeConfig config) {
        return new ChainSigningKeys(new ManagedSecret(secretsManager, config.require("CHAIN_SIGNING_SECRET_ARN")), chains,
                SecureRandom::new);
    }

    @Provides
    @Singleton
    static RequestLog requestLog(DynamoDbClient dynamoDb, RuntimeConfig config) {
        return new DynamoDbRequestLog(dynamoDb, config.require("REQUEST_LOG_TABLE"));
    }

    @Provides
    @Singleton
    static QueueSender queue(SqsClient sqs, RuntimeConfig config) {
        return new SqsQueueSender(sqs, config.require("AGREEMENTS_QUEUE_URL"));
    }

    @Provides
    @Singleton
    static AgreementValidator validator() {
        return new AgreementValidator(Municipalities.bundled());
    }

    @Provides
    @Singleton
    static RequestAuthenticator authenticator(ChainRepository chains, ChainSigningKeys keys, RequestLog requestLog,
            Clock clock) {
        return new RequestAuthenticator(chains, keys, requestLog, new WebhookVerifier(clock), clock);
    }

    @Provides
    @Singleton
    static HttpResponses responses() {
        return new HttpResponses();
    }
}
