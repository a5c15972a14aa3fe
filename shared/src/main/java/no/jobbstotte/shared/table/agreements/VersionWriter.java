package no.jobbstotte.shared.table.agreements;

import static no.jobbstotte.shared.table.agreements.AgreementItem.n;
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
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/**
 * Stores an agreement version: the current item if it is the newest, then the version's history
 * entry with its content hash and processing status. Two conditional writes, status included.
 *
 * <p>There are no transactions (the local emulator has none), so both writes are conditional and
 * safe to repeat, and their order is what keeps them true. The current item only ever moves to a
 * higher version, so a version's content can become current only before its history entry has a
 * hash: once an entry has one, that version is current or was found stale, and any other content
 * for it is refused, at the current item (same version) or at the entry (older version). A crash
 * between the writes leaves the entry without a hash; the redelivery finds the current item
 * unchanged and writes the entry then. The entry's first hash and status stay, so a redelivery
 * long after a newer version was stored answers as the first delivery did.
 */
final class VersionWriter {

    private final AgreementsTable table;

    VersionWriter(AgreementsTable table) {
        this.table = table;
    }

    Outcome store(Agreement agreement, String messageId, Instant now) {
        Instant at = now.truncatedTo(ChronoUnit.MILLIS);
        String hash = contentHash(agreement);
        Outcome outcome = putCurrent(agreement, hash, at);
        return recordHistory(agreement, hash, messageId, at, outcome);
    }

    private Outcome putCurrent(Agreement agreement, String hash, Instant at) {
        Map<String, AttributeValue> item = AgreementItem.current(agreement, hash, at);
        try {
            var response = table.dynamoDb().putItem(r -> r.tableName(table.name()).item(item)
                    .conditionExpression("attribute_not_exists(sk) OR version < :v")
                    .expressionAttributeValues(Map.of(":v", n(agreement.version())))
                    .returnValues(ReturnValue.ALL_OLD));
            return response.hasAttributes() && !response.attributes().isEmpty() ? Outcome.UPDATED : Outcome.CREATED;
        } catch (ConditionalCheckFailedException notNewer) {
            // Current items are never deleted and their version only grows, so the re-read shows a
            // version at least as high as the one that failed the condition.
            Map<String, AttributeValue> current = table.get(agreement.chainId(),
                    AgreementItem.currentSk(agreement.agreementId())).orElseThrow();
            long version = Long.parseLong(current.get("version").n());
            if (version > agreement.version()) {
                return Outcome.STALE;
            }
            if (!hash.equals(current.get("contentHash").s())) {
                throw new ConflictingVersionException(agreement.chainId(), agreement.agreementId(), agreement.version());
            }
            return Outcome.UNCHANGED;
        }
    }

    /**
     * Writes the version's hash and status (STORED, or STALE) on its history entry, unless an earlier
     * delivery did: then answers as that one did, or refuses other content for the version.
     */
    private Outcome recordHistory(Agreement agreement, String hash, String messageId, Instant at, Outcome outcome) {
        ProcessingStatus status = outcome == Outcome.STALE ? ProcessingStatus.STALE : ProcessingStatus.STORED;
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":id", s(agreement.agreementId()),
                ":v", n(agreement.version()), ":h", s(hash), ":s", s(status.name()), ":at", s(at.toString())));
        String set = "SET agreementId = :id, version = :v, contentHash = :h, #status = :s, storedAt = :at, updatedAt = :at";
        if (messageId != null) {
            values.put(":m", s(messageId));
            set += ", messageId = :m";
        }
        String update = set;
        String sk = AgreementItem.historySk(agreement);
        try {
            table.dynamoDb().updateItem(r -> r.tableName(table.name()).key(AgreementItem.key(agreement.chainId(), sk))
                    .updateExpression(update)
                    // An entry without a hash has at most the API's ACCEPTED, which this replaces.
                    .conditionExpression("attribute_not_exists(contentHash)")
                    .expressionAttributeNames(Map.of("#status", "status"))
                    .expressionAttributeValues(values));
            return outcome;
        } catch (ConditionalCheckFailedException decidedEarlier) {
            Map<String, AttributeValue> entry = table.get(agreement.chainId(), sk).orElseThrow();
            if (!hash.equals(entry.get("contentHash").s())) {
                throw new ConflictingVersionException(agreement.chainId(), agreement.agreementId(), agreement.version());
            }
            return ProcessingStatus.STALE.name().equals(entry.get("status").s()) ? Outcome.STALE : Outcome.UNCHANGED;
        }
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
