package no.jobbstotte.shared.agreement;

import java.time.Instant;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * PLACEHOLDER so the agreements-api branch compiles: the real DynamoDB implementation is written on
 * the agreements-sync branch and replaces this file when the branches are merged. Every method
 * throws.
 */
public final class DynamoDbAgreementStore implements AgreementStore {

    public DynamoDbAgreementStore(DynamoDbClient dynamoDb, String tableName) {
    }

    @Override
    public Outcome store(Agreement agreement, String messageId, Instant now) {
        throw new UnsupportedOperationException("placeholder; replaced at merge");
    }

    @Override
    public void recordStatus(StatusRecord status) {
        throw new UnsupportedOperationException("placeholder; replaced at merge");
    }

    @Override
    public Optional<StoredAgreement> current(String chainId, String agreementId) {
        throw new UnsupportedOperationException("placeholder; replaced at merge");
    }

    @Override
    public Optional<StatusRecord> latestStatus(String chainId, String agreementId) {
        throw new UnsupportedOperationException("placeholder; replaced at merge");
    }

    @Override
    public Page updatedSince(String chainId, Instant since, String cursor, int limit) {
        throw new UnsupportedOperationException("placeholder; replaced at merge");
    }
}
