package no.jobbstotte.shared.table.agreements;

import static no.jobbstotte.shared.table.agreements.AgreementItem.n;
import static no.jobbstotte.shared.table.agreements.AgreementItem.s;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import no.jobbstotte.shared.agreement.Agreement;
import no.jobbstotte.shared.agreement.ProcessingStatus;
import no.jobbstotte.shared.table.agreements.AgreementStore.StatusRecord;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * The processing status of each pushed version, on its history entry: ACCEPTED with the content
 * hash, written by the API once the queue took the version (or by the sync if it got there first),
 * and STALE or REJECTED by the sync. STORED is not written: an ACCEPTED version reads as STORED once
 * the current item holds it or a higher version ({@link #latest}).
 */
final class StatusRecords {

    private final AgreementsTable table;

    StatusRecords(AgreementsTable table) {
        this.table = table;
    }

    void record(StatusRecord status) {
        if (status.status() == ProcessingStatus.ACCEPTED) {
            throw new IllegalArgumentException("ACCEPTED comes with the content hash: accept(...)");
        }
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":id", s(status.agreementId()),
                ":v", n(status.version()), ":s", s(status.status().name()), ":at", s(status.updatedAt().toString())));
        String update = "SET agreementId = :id, version = :v, #status = :s, updatedAt = :at";
        if (status.reason() != null) {
            values.put(":r", s(status.reason()));
            update += ", reason = :r";
        }
        // STORED and STALE replace only ACCEPTED, so a redelivery keeps the first answer; REJECTED
        // replaces anything but itself (a refused second content), and keeps the hash of the
        // content that was stored.
        String condition;
        if (status.status() == ProcessingStatus.REJECTED) {
            condition = "attribute_not_exists(sk) OR #status <> :rejected";
            values.put(":rejected", s(ProcessingStatus.REJECTED.name()));
        } else {
            condition = "attribute_not_exists(sk) OR #status = :accepted";
            values.put(":accepted", s(ProcessingStatus.ACCEPTED.name()));
        }
        String expression = update;
        try {
            table.dynamoDb().updateItem(r -> r.tableName(table.name())
                    .key(AgreementItem.key(status.chainId(), AgreementItem.historySk(status.agreementId(), status.version())))
                    .updateExpression(expression).conditionExpression(condition)
                    .expressionAttributeNames(Map.of("#status", "status")).expressionAttributeValues(values));
        } catch (ConditionalCheckFailedException keptEarlierStatus) {
            // the status already there wins, by the rules above
        }
    }

    /**
     * The version's entry with its content hash and ACCEPTED, unless it has one: the first hash a
     * version gets is its content for good.
     *
     * @return false if the entry was there
     */
    boolean accept(Agreement version, String contentHash, String messageId, Instant at) {
        try {
            table.dynamoDb().putItem(r -> r.tableName(table.name())
                    .item(AgreementItem.accepted(version, contentHash, messageId, at))
                    .conditionExpression("attribute_not_exists(sk)"));
            return true;
        } catch (ConditionalCheckFailedException entryThere) {
            return false;
        }
    }

    /**
     * The status of the highest version: versions are zero-padded, so the last sort key is the
     * highest. ACCEPTED reads as STORED, as of the current item's time, once the current item holds
     * this version or a higher one (a higher one there before the entry is from before the API wrote
     * hashes: that version is the highest pushed, and stored).
     */
    Optional<StatusRecord> latest(String chainId, String agreementId) {
        return entry(chainId, agreementId).map(entry -> {
            if (entry.status() != ProcessingStatus.ACCEPTED) {
                return entry;
            }
            return table.get(chainId, AgreementItem.currentSk(agreementId))
                    .filter(current -> Long.parseLong(current.get("version").n()) >= entry.version())
                    .map(current -> new StatusRecord(chainId, agreementId, Long.parseLong(current.get("version").n()),
                            ProcessingStatus.STORED, null, Instant.parse(current.get("updatedAt").s())))
                    .orElse(entry);
        });
    }

    private Optional<StatusRecord> entry(String chainId, String agreementId) {
        QueryResponse response = table.dynamoDb().query(r -> r.tableName(table.name())
                .keyConditionExpression("chainId = :c AND begins_with(sk, :prefix)")
                .expressionAttributeValues(Map.of(":c", s(chainId), ":prefix", s(AgreementItem.HISTORY + agreementId + "#")))
                .scanIndexForward(false)
                .limit(1)
                .consistentRead(true));
        return response.items().stream().findFirst().map(item -> new StatusRecord(chainId, agreementId,
                Long.parseLong(item.get("version").n()), ProcessingStatus.valueOf(item.get("status").s()),
                item.containsKey("reason") ? item.get("reason").s() : null, Instant.parse(item.get("updatedAt").s())));
    }
}
