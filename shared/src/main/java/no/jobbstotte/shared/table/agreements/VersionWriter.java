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
import no.jobbstotte.shared.json.Json;
import no.jobbstotte.shared.table.agreements.AgreementStore.ConflictingVersionException;
import no.jobbstotte.shared.table.agreements.AgreementStore.Outcome;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/**
 * Stores an agreement version: its history entry and, if it is the newest, the current item.
 *
 * <p>There are no transactions (the local emulator has none), so every write is a conditional
 * put or update that is safe to repeat. The history entry is written first and claims the version
 * for one content: a second content for that version is refused there, even after a newer
 * version has replaced it as current. The entry then records the outcome, so a redelivery long
 * after a newer version was stored still answers as the first delivery did.
 */
final class VersionWriter {

    private final AgreementsTable table;

    VersionWriter(AgreementsTable table) {
        this.table = table;
    }

    Outcome store(Agreement agreement, String messageId, Instant now) {
        Instant at = now.truncatedTo(ChronoUnit.MILLIS);
        String hash = contentHash(agreement);
        Map<String, AttributeValue> history = claimHistory(agreement, hash, messageId, at);
        if (history.containsKey("outcome")) {
            // Decided by an earlier delivery: answer the same way and write nothing.
            Outcome first = Outcome.valueOf(history.get("outcome").s());
            return first == Outcome.STALE ? Outcome.STALE : Outcome.UNCHANGED;
        }
        Outcome outcome = putCurrent(agreement, hash, at);
        recordOutcome(history, outcome);
        return outcome;
    }

    /** Writes the version's history entry, or returns the one already there if it has this content. */
    private Map<String, AttributeValue> claimHistory(Agreement agreement, String hash, String messageId, Instant at) {
        String sk = AgreementItem.historySk(agreement);
        Map<String, AttributeValue> item = new HashMap<>(AgreementItem.key(agreement.chainId(), sk));
        item.put("agreementId", s(agreement.agreementId()));
        item.put("version", n(agreement.version()));
        item.put("storedAt", s(at.toString()));
        item.put("contentHash", s(hash));
        if (messageId != null) {
            item.put("messageId", s(messageId));
        }
        try {
            table.dynamoDb().putItem(r -> r.tableName(table.name()).item(item)
                    .conditionExpression("attribute_not_exists(sk)"));
            return item;
        } catch (ConditionalCheckFailedException alreadyThere) {
            Map<String, AttributeValue> existing = table.get(agreement.chainId(), sk).orElseThrow();
            if (!hash.equals(existing.get("contentHash").s())) {
                throw new ConflictingVersionException(agreement.chainId(), agreement.agreementId(), agreement.version());
            }
            return existing;
        }
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

    /** The first decision wins; a concurrent duplicate that decided too leaves it as it is. */
    private void recordOutcome(Map<String, AttributeValue> history, Outcome outcome) {
        try {
            table.dynamoDb().updateItem(r -> r.tableName(table.name())
                    .key(Map.of("chainId", history.get("chainId"), "sk", history.get("sk")))
                    .updateExpression("SET outcome = :o")
                    .conditionExpression("attribute_not_exists(outcome)")
                    .expressionAttributeValues(Map.of(":o", s(outcome.name()))));
        } catch (ConditionalCheckFailedException decidedAlready) {
            // nothing to do
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
