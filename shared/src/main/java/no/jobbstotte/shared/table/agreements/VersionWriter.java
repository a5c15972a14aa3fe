package no.jobbstotte.shared.table.agreements;

import static no.jobbstotte.shared.table.agreements.AgreementItem.s;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import no.jobbstotte.shared.agreement.Agreement;
import no.jobbstotte.shared.agreement.AgreementJson;
import no.jobbstotte.shared.agreement.ProcessingStatus;
import no.jobbstotte.shared.json.Json;
import no.jobbstotte.shared.table.agreements.AgreementStore.ConflictingVersionException;
import no.jobbstotte.shared.table.agreements.AgreementStore.Outcome;
import no.jobbstotte.shared.table.agreements.AgreementStore.StatusRecord;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/**
 * Stores an agreement version: reads its history entry, which the API wrote with the content hash
 * when the queue took the version, and writes the current item if the version is the newest. One
 * write on the happy path; the status STORED is read from the two items ({@link StatusRecords#latest}).
 *
 * <p>There are no transactions (the local emulator has none), so every write is conditional and
 * safe to repeat, and their order is what keeps them true. The entry's first hash is the version's
 * content for good: the current item takes a version only with the entry's hash, so any other
 * content is refused, before or after a newer version was stored. Where the entry is missing (the
 * API crashed after the queue took the version, or has not written it yet) this writer claims it
 * as the API would. A version found older than the current one is marked STALE on its entry (a
 * write off the happy path); the current item keeps the versions it held before ({@link
 * AgreementItem#PRIOR}), so that a redelivery after a newer version was stored answers UNCHANGED
 * and not STALE.
 */
final class VersionWriter {

    private final AgreementsTable table;
    private final StatusRecords statuses;

    VersionWriter(AgreementsTable table, StatusRecords statuses) {
        this.table = table;
        this.statuses = statuses;
    }

    Outcome store(Agreement agreement, String messageId, Instant now) {
        Instant at = now.truncatedTo(ChronoUnit.MILLIS);
        String hash = contentHash(agreement);
        Map<String, AttributeValue> entry = entryWithHash(agreement, hash, messageId, at);
        if (ProcessingStatus.STALE.name().equals(entry.get("status").s())) {
            return Outcome.STALE;
        }
        try {
            var response = table.dynamoDb().updateItem(AgreementItem.currentUpdate(agreement, hash, at)
                    .tableName(table.name()).returnValues(ReturnValue.UPDATED_OLD).build());
            return response.hasAttributes() && !response.attributes().isEmpty() ? Outcome.UPDATED : Outcome.CREATED;
        } catch (ConditionalCheckFailedException notNewer) {
            return notNewer(agreement, hash, entry, at);
        }
    }

    /**
     * The version's entry, claimed if the API has not written it, refusing other content. An entry
     * without a hash is the API's ACCEPTED from before it wrote hashes: the first delivery adds it.
     */
    private Map<String, AttributeValue> entryWithHash(Agreement agreement, String hash, String messageId, Instant at) {
        String sk = AgreementItem.historySk(agreement);
        Map<String, AttributeValue> entry = table.get(agreement.chainId(), sk).orElse(null);
        if (entry == null) {
            if (statuses.accept(agreement, hash, messageId, at)) {
                return AgreementItem.accepted(agreement, hash, messageId, at);
            }
            entry = table.get(agreement.chainId(), sk).orElseThrow();
        }
        if (!entry.containsKey("contentHash")) {
            addHash(agreement, hash, messageId, sk);
            entry = table.get(agreement.chainId(), sk).orElseThrow();
        }
        if (!hash.equals(entry.get("contentHash").s())) {
            throw new ConflictingVersionException(agreement.chainId(), agreement.agreementId(), agreement.version());
        }
        return entry;
    }

    private void addHash(Agreement agreement, String hash, String messageId, String sk) {
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":h", s(hash)));
        String update = "SET contentHash = :h";
        if (messageId != null) {
            values.put(":m", s(messageId));
            update += ", messageId = :m";
        }
        String expression = update;
        try {
            table.dynamoDb().updateItem(r -> r.tableName(table.name()).key(AgreementItem.key(agreement.chainId(), sk))
                    .updateExpression(expression)
                    .conditionExpression("attribute_not_exists(contentHash)")
                    .expressionAttributeValues(values));
        } catch (ConditionalCheckFailedException hashedMeanwhile) {
            // another delivery or push wrote the hash first: the re-read shows which
        }
    }

    /**
     * The current item holds this version or a higher one. Current items are never deleted and their
     * version only grows, so the re-read shows a version at least as high as the one that failed.
     */
    private Outcome notNewer(Agreement agreement, String hash, Map<String, AttributeValue> entry, Instant at) {
        Map<String, AttributeValue> current = table.get(agreement.chainId(),
                AgreementItem.currentSk(agreement.agreementId())).orElseThrow();
        long version = Long.parseLong(current.get("version").n());
        if (version == agreement.version()) {
            if (!hash.equals(current.get("contentHash").s())) {
                throw new ConflictingVersionException(agreement.chainId(), agreement.agreementId(), agreement.version());
            }
            return Outcome.UNCHANGED;
        }
        // Stored before and since superseded (a redelivery): as the first delivery answered. An entry
        // that says STORED was written so before the status was read from the current item.
        if (ProcessingStatus.STORED.name().equals(entry.get("status").s())
                || AgreementItem.heldBefore(current, agreement.version())) {
            return Outcome.UNCHANGED;
        }
        // STALE replaces only ACCEPTED: a REJECTED (another content was refused) stays.
        statuses.record(new StatusRecord(agreement.chainId(), agreement.agreementId(), agreement.version(),
                ProcessingStatus.STALE, null, at));
        return Outcome.STALE;
    }

    /** SHA-256 of the agreement's canonical JSON: the same fields, in the same order, every time. */
    static String contentHash(Agreement agreement) {
        String canonical = Json.write(AgreementJson.write(agreement, JsonNodeFactory.instance));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
