package no.jobbstotte.shared.table.agreements;

import static no.jobbstotte.shared.table.agreements.AgreementItem.n;
import static no.jobbstotte.shared.table.agreements.AgreementItem.s;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import no.jobbstotte.shared.agreement.ProcessingStatus;
import no.jobbstotte.shared.table.agreements.AgreementStore.StatusRecord;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * The processing status of each pushed version ({@code STATUS#<id>#<version>}): written by the API
 * when it accepts a version and by the sync when it stores or refuses one, in whichever order
 * they happen to run.
 */
final class StatusRecords {

    private final AgreementsTable table;

    StatusRecords(AgreementsTable table) {
        this.table = table;
    }

    void record(StatusRecord status) {
        Map<String, AttributeValue> item = new HashMap<>(AgreementItem.key(status.chainId(),
                AgreementItem.statusSk(status.agreementId(), status.version())));
        item.put("agreementId", s(status.agreementId()));
        item.put("version", n(status.version()));
        item.put("status", s(status.status().name()));
        item.put("updatedAt", s(status.updatedAt().toString()));
        if (status.reason() != null) {
            item.put("reason", s(status.reason()));
        }
        // ACCEPTED never overwrites; STORED and STALE replace only ACCEPTED, so a redelivery keeps
        // the first answer; REJECTED replaces anything but itself (a refused second content).
        String condition = switch (status.status()) {
            case ACCEPTED -> "attribute_not_exists(sk)";
            case STORED, STALE -> "attribute_not_exists(sk) OR #status = :accepted";
            case REJECTED -> "attribute_not_exists(sk) OR #status <> :rejected";
        };
        Map<String, AttributeValue> values = switch (status.status()) {
            case ACCEPTED -> Map.of();
            case STORED, STALE -> Map.of(":accepted", s(ProcessingStatus.ACCEPTED.name()));
            case REJECTED -> Map.of(":rejected", s(ProcessingStatus.REJECTED.name()));
        };
        try {
            table.dynamoDb().putItem(r -> {
                r.tableName(table.name()).item(item).conditionExpression(condition);
                if (!values.isEmpty()) {
                    r.expressionAttributeNames(Map.of("#status", "status")).expressionAttributeValues(values);
                }
            });
        } catch (ConditionalCheckFailedException keptEarlierStatus) {
            // the status already there wins, by the rules above
        }
    }

    /** The status of the highest version: versions are zero-padded, so the last sort key is the highest. */
    Optional<StatusRecord> latest(String chainId, String agreementId) {
        QueryResponse response = table.dynamoDb().query(r -> r.tableName(table.name())
                .keyConditionExpression("chainId = :c AND begins_with(sk, :prefix)")
                .expressionAttributeValues(Map.of(":c", s(chainId), ":prefix", s(AgreementItem.STATUS + agreementId + "#")))
                .scanIndexForward(false)
                .limit(1)
                .consistentRead(true));
        return response.items().stream().findFirst().map(item -> new StatusRecord(chainId, agreementId,
                Long.parseLong(item.get("version").n()), ProcessingStatus.valueOf(item.get("status").s()),
                item.containsKey("reason") ? item.get("reason").s() : null, Instant.parse(item.get("updatedAt").s())));
    }
}
