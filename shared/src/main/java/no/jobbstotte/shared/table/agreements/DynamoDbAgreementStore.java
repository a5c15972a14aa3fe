package no.jobbstotte.shared.table.agreements;

import static no.jobbstotte.shared.table.agreements.AgreementItem.s;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.jobbstotte.shared.agreement.Agreement;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * {@link AgreementStore} on the agreements table (item format: {@link AgreementItem}). Version and
 * history writes are {@link VersionWriter}'s, the check against the history {@link StoredFingerprints}',
 * processing statuses {@link StatusRecords}'; the reads of current versions are here.
 */
public final class DynamoDbAgreementStore implements AgreementStore {

    private final AgreementsTable table;
    private final VersionWriter versions;
    private final StoredFingerprints fingerprints;
    private final StatusRecords statuses;

    public DynamoDbAgreementStore(DynamoDbClient dynamoDb, String tableName) {
        this.table = new AgreementsTable(dynamoDb, tableName);
        this.statuses = new StatusRecords(table);
        this.versions = new VersionWriter(table, statuses);
        this.fingerprints = new StoredFingerprints(table);
    }

    @Override
    public Outcome store(Agreement agreement, String messageId, Instant now) {
        return versions.store(agreement, messageId, now);
    }

    @Override
    public Fingerprints fingerprints(List<Agreement> agreements) {
        return fingerprints.match(agreements);
    }

    @Override
    public void accept(Agreement version, String requestId, Instant now) {
        statuses.accept(version, VersionWriter.contentHash(version), requestId, now);
    }

    @Override
    public void recordStatus(StatusRecord status) {
        statuses.record(status);
    }

    @Override
    public Optional<StoredAgreement> current(String chainId, String agreementId) {
        return table.get(chainId, AgreementItem.currentSk(agreementId)).map(AgreementItem::toStored);
    }

    @Override
    public Optional<StatusRecord> latestStatus(String chainId, String agreementId) {
        return statuses.latest(chainId, agreementId);
    }

    /**
     * Current versions updated at or after {@code since}, oldest first.
     *
     * @throws IllegalArgumentException if the cursor is not one this store returned for this chain
     */
    @Override
    public Page updatedSince(String chainId, Instant since, String cursor, int limit) {
        String sinceKey = AgreementItem.SORTABLE.format(since);
        Map<String, AttributeValue> startKey = cursor == null ? null : UpdatedCursor.decode(chainId, cursor, sinceKey);
        QueryResponse response;
        try {
            response = table.dynamoDb().query(r -> {
                r.tableName(table.name()).indexName(AgreementItem.BY_UPDATED)
                        .keyConditionExpression("chainId = :c AND updatedKey > :since")
                        .expressionAttributeValues(Map.of(":c", s(chainId), ":since", s(sinceKey)))
                        .limit(limit);
                if (startKey != null) {
                    r.exclusiveStartKey(startKey);
                }
            });
        } catch (DynamoDbException e) {
            // The cursor is not signed, so a caller can forge one that passes the checks above but
            // that DynamoDB still refuses as a start key (400): that is the caller's error, not ours.
            if (startKey != null && e.statusCode() == 400) {
                throw new IllegalArgumentException("invalid cursor");
            }
            throw e;
        }
        List<StoredAgreement> items = response.items().stream().map(AgreementItem::toStored).toList();
        boolean more = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty();
        return new Page(items, more ? UpdatedCursor.encode(response.lastEvaluatedKey()) : null);
    }
}
