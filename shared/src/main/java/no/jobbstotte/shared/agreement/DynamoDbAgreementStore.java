package no.jobbstotte.shared.agreement;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.jobbstotte.shared.domain.OrganisationNumber;
import no.jobbstotte.shared.json.Json;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/**
 * {@link AgreementStore} on the agreements table, with items mapped by hand (no reflection). One
 * partition per chain:
 *
 * <ul>
 *   <li>{@code AGREEMENT#<id>}: the current version, with {@code updatedKey} for the sparse
 *       {@code byUpdated} index;
 *   <li>{@code HISTORY#<id>#<version>}: one audit entry per version that ever arrived (stored or
 *       stale), written once;
 *   <li>{@code STATUS#<id>#<version>}: what happened to each pushed version.
 * </ul>
 *
 * <p>There are no transactions (the local emulator has none), so every write is a conditional
 * put or update that is safe to repeat. The history entry is written first and claims the version
 * for one content: a second content for that version is refused there, even after a newer
 * version has replaced it as current. The entry then records the outcome, so a redelivery long
 * after a newer version was stored still answers as the first delivery did.
 */
public final class DynamoDbAgreementStore implements AgreementStore {

    private static final String AGREEMENT = "AGREEMENT#";
    private static final String HISTORY = "HISTORY#";
    private static final String STATUS = "STATUS#";
    private static final String BY_UPDATED = "byUpdated";
    /** Fixed width, so that timestamps sort as strings; Instant.toString drops zero fractions. */
    private static final DateTimeFormatter SORTABLE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    /** {@code updatedKey} as {@link #SORTABLE} writes it: {@code <updatedAt>#<agreementId>}. */
    private static final Pattern UPDATED_KEY =
            Pattern.compile("([0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z)#(.+)");

    private final DynamoDbClient dynamoDb;
    private final String tableName;

    public DynamoDbAgreementStore(DynamoDbClient dynamoDb, String tableName) {
        this.dynamoDb = dynamoDb;
        this.tableName = tableName;
    }

    @Override
    public Outcome store(Agreement agreement, String messageId, Instant now) {
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
        Map<String, AttributeValue> item = new HashMap<>(key(agreement.chainId(), historySk(agreement)));
        item.put("agreementId", s(agreement.agreementId()));
        item.put("version", n(agreement.version()));
        item.put("storedAt", s(at.toString()));
        item.put("contentHash", s(hash));
        if (messageId != null) {
            item.put("messageId", s(messageId));
        }
        try {
            dynamoDb.putItem(r -> r.tableName(tableName).item(item).conditionExpression("attribute_not_exists(sk)"));
            return item;
        } catch (ConditionalCheckFailedException alreadyThere) {
            Map<String, AttributeValue> existing = get(agreement.chainId(), historySk(agreement)).orElseThrow();
            if (!hash.equals(existing.get("contentHash").s())) {
                throw new ConflictingVersionException(agreement.chainId(), agreement.agreementId(), agreement.version());
            }
            return existing;
        }
    }

    private Outcome putCurrent(Agreement agreement, String hash, Instant at) {
        Map<String, AttributeValue> item = toItem(agreement);
        item.put("contentHash", s(hash));
        item.put("updatedAt", s(SORTABLE.format(at)));
        item.put("updatedKey", s(SORTABLE.format(at) + "#" + agreement.agreementId()));
        try {
            var response = dynamoDb.putItem(r -> r.tableName(tableName).item(item)
                    .conditionExpression("attribute_not_exists(sk) OR version < :v")
                    .expressionAttributeValues(Map.of(":v", n(agreement.version())))
                    .returnValues(ReturnValue.ALL_OLD));
            return response.hasAttributes() && !response.attributes().isEmpty() ? Outcome.UPDATED : Outcome.CREATED;
        } catch (ConditionalCheckFailedException notNewer) {
            // Current items are never deleted and their version only grows, so the re-read shows a
            // version at least as high as the one that failed the condition.
            Map<String, AttributeValue> current = get(agreement.chainId(), AGREEMENT + agreement.agreementId()).orElseThrow();
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
            dynamoDb.updateItem(r -> r.tableName(tableName)
                    .key(Map.of("chainId", history.get("chainId"), "sk", history.get("sk")))
                    .updateExpression("SET outcome = :o")
                    .conditionExpression("attribute_not_exists(outcome)")
                    .expressionAttributeValues(Map.of(":o", s(outcome.name()))));
        } catch (ConditionalCheckFailedException decidedAlready) {
            // nothing to do
        }
    }

    @Override
    public void recordStatus(StatusRecord status) {
        Map<String, AttributeValue> item = new HashMap<>(key(status.chainId(),
                STATUS + status.agreementId() + "#" + padded(status.version())));
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
            dynamoDb.putItem(r -> {
                r.tableName(tableName).item(item).conditionExpression(condition);
                if (!values.isEmpty()) {
                    r.expressionAttributeNames(Map.of("#status", "status")).expressionAttributeValues(values);
                }
            });
        } catch (ConditionalCheckFailedException keptEarlierStatus) {
            // the status already there wins, by the rules above
        }
    }

    @Override
    public Optional<StoredAgreement> current(String chainId, String agreementId) {
        return get(chainId, AGREEMENT + agreementId).map(DynamoDbAgreementStore::toStored);
    }

    @Override
    public Optional<StatusRecord> latestStatus(String chainId, String agreementId) {
        QueryResponse response = dynamoDb.query(r -> r.tableName(tableName)
                .keyConditionExpression("chainId = :c AND begins_with(sk, :prefix)")
                .expressionAttributeValues(Map.of(":c", s(chainId), ":prefix", s(STATUS + agreementId + "#")))
                .scanIndexForward(false)
                .limit(1)
                .consistentRead(true));
        return response.items().stream().findFirst().map(item -> new StatusRecord(chainId, agreementId,
                Long.parseLong(item.get("version").n()), ProcessingStatus.valueOf(item.get("status").s()),
                item.containsKey("reason") ? item.get("reason").s() : null, Instant.parse(item.get("updatedAt").s())));
    }

    /**
     * Current versions updated at or after {@code since}, oldest first.
     *
     * @throws IllegalArgumentException if the cursor is not one this store returned for this chain
     */
    @Override
    public Page updatedSince(String chainId, Instant since, String cursor, int limit) {
        String sinceKey = SORTABLE.format(since);
        Map<String, AttributeValue> startKey = cursor == null ? null : decodeCursor(chainId, cursor, sinceKey);
        QueryResponse response;
        try {
            response = dynamoDb.query(r -> {
                r.tableName(tableName).indexName(BY_UPDATED)
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
        List<StoredAgreement> items = response.items().stream().map(DynamoDbAgreementStore::toStored).toList();
        boolean more = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty();
        return new Page(items, more ? encodeCursor(response.lastEvaluatedKey()) : null);
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

    /**
     * Zero-padded to 16 digits (MAX_VERSION has 16), so sort keys order versions numerically. By
     * hand: String.format would load the locale's number formatting on every cold start.
     */
    static String padded(long version) {
        String digits = Long.toString(version);
        return "0".repeat(16 - digits.length()) + digits;
    }

    // The cursor is the index's LastEvaluatedKey (three strings); ids never contain a line break.
    private static String encodeCursor(Map<String, AttributeValue> lastKey) {
        String raw = lastKey.get("chainId").s() + "\n" + lastKey.get("sk").s() + "\n" + lastKey.get("updatedKey").s();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Only a key this store could have written for this chain, inside the query's range: anything
     * else would make DynamoDB refuse the request (an empty key value, a start key outside the key
     * condition), which must be the caller's 400, not our 500.
     */
    private static Map<String, AttributeValue> decodeCursor(String chainId, String cursor, String sinceKey) {
        String[] parts;
        try {
            parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\n", -1);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("invalid cursor");
        }
        if (parts.length != 3 || !parts[0].equals(chainId) || !parts[1].startsWith(AGREEMENT)) {
            throw new IllegalArgumentException("invalid cursor");
        }
        String agreementId = parts[1].substring(AGREEMENT.length());
        Matcher updatedKey = UPDATED_KEY.matcher(parts[2]);
        if (!Agreement.isValidId(agreementId) || !updatedKey.matches() || !updatedKey.group(2).equals(agreementId)
                || parts[2].compareTo(sinceKey) <= 0) {
            throw new IllegalArgumentException("invalid cursor");
        }
        return Map.of("chainId", s(parts[0]), "sk", s(parts[1]), "updatedKey", s(parts[2]));
    }

    private Optional<Map<String, AttributeValue>> get(String chainId, String sk) {
        var response = dynamoDb.getItem(r -> r.tableName(tableName).key(key(chainId, sk)).consistentRead(true));
        return response.hasItem() && !response.item().isEmpty() ? Optional.of(response.item()) : Optional.empty();
    }

    private static String historySk(Agreement agreement) {
        return HISTORY + agreement.agreementId() + "#" + padded(agreement.version());
    }

    private static Map<String, AttributeValue> key(String chainId, String sk) {
        return Map.of("chainId", s(chainId), "sk", s(sk));
    }

    private static Map<String, AttributeValue> toItem(Agreement a) {
        Map<String, AttributeValue> item = new HashMap<>(key(a.chainId(), AGREEMENT + a.agreementId()));
        item.put("agreementId", s(a.agreementId()));
        item.put("version", n(a.version()));
        item.put("type", s(a.type().wire()));
        item.put("employerOrgNumber", s(a.employer().value()));
        item.put("unitName", s(a.unitName()));
        item.put("municipalityNumber", s(a.municipalityNumber()));
        item.put("validFrom", s(a.validFrom().toString()));
        a.validTo().ifPresent(to -> item.put("validTo", s(to.toString())));
        item.put("adaptedPositions", n(a.adaptedPositions()));
        item.put("contactRole", s(a.contactRole()));
        item.put("status", s(a.status().wire()));
        return item;
    }

    private static StoredAgreement toStored(Map<String, AttributeValue> item) {
        Agreement agreement = new Agreement(
                item.get("chainId").s(),
                item.get("agreementId").s(),
                Long.parseLong(item.get("version").n()),
                Agreement.Type.fromWire(item.get("type").s()).orElseThrow(),
                new OrganisationNumber(item.get("employerOrgNumber").s()),
                item.get("unitName").s(),
                item.get("municipalityNumber").s(),
                LocalDate.parse(item.get("validFrom").s()),
                Optional.ofNullable(item.get("validTo")).map(v -> LocalDate.parse(v.s())),
                Integer.parseInt(item.get("adaptedPositions").n()),
                item.get("contactRole").s(),
                Agreement.Status.fromWire(item.get("status").s()).orElseThrow());
        return new StoredAgreement(agreement, Instant.parse(item.get("updatedAt").s()));
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }
}
