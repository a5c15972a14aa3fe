package no.jobbstotte.shared.table.agreements;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import no.jobbstotte.shared.agreement.Agreement;
import no.jobbstotte.shared.agreement.ProcessingStatus;
import no.jobbstotte.shared.domain.OrganisationNumber;
import no.jobbstotte.shared.table.agreements.AgreementStore.StoredAgreement;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * The table's keys and item format, mapped by hand (no reflection). Key {@code chainId} (one
 * partition per chain) and sort key {@code sk}:
 *
 * <ul>
 *   <li>{@code AGREEMENT#<id>}: the current version, with {@code updatedKey} for the sparse
 *       {@code byUpdated} index and the versions it held before ({@code prior1}..);
 *   <li>{@code HISTORY#<id>#<version>}: one entry per pushed version, kept for good: its content
 *       hash and who pushed it (written by the API once the queue took the version, or by the sync
 *       if it got there first) and its processing status. ACCEPTED there reads as STORED once the
 *       current item holds the version or a higher one; the sync writes STALE and REJECTED. Entries
 *       written before the API wrote hashes may say ACCEPTED without a hash, or STORED.
 * </ul>
 */
final class AgreementItem {

    static final String AGREEMENT = "AGREEMENT#";
    static final String HISTORY = "HISTORY#";
    static final String BY_UPDATED = "byUpdated";
    /** Fixed width, so that timestamps sort as strings; Instant.toString drops zero fractions. */
    static final DateTimeFormatter SORTABLE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private AgreementItem() {}

    static Map<String, AttributeValue> key(String chainId, String sk) {
        return Map.of("chainId", s(chainId), "sk", s(sk));
    }

    static String currentSk(String agreementId) {
        return AGREEMENT + agreementId;
    }

    static String historySk(Agreement agreement) {
        return historySk(agreement.agreementId(), agreement.version());
    }

    static String historySk(String agreementId, long version) {
        return HISTORY + agreementId + "#" + padded(version);
    }

    /**
     * Zero-padded to 16 digits (MAX_VERSION has 16), so sort keys order versions numerically. By
     * hand: String.format would load the locale's number formatting on every cold start.
     */
    static String padded(long version) {
        String digits = Long.toString(version);
        return "0".repeat(16 - digits.length()) + digits;
    }

    /**
     * How many versions the current item remembers having held before ({@code prior1} the last):
     * more than a batch of the queue (BatchSize 10) can store after a version before SQS delivers
     * that batch again.
     */
    static final int PRIOR = 10;

    /** A version's history entry as the API writes it once the queue took the version. */
    static Map<String, AttributeValue> accepted(Agreement a, String contentHash, String messageId, Instant at) {
        Map<String, AttributeValue> item = new HashMap<>(key(a.chainId(), historySk(a)));
        item.put("agreementId", s(a.agreementId()));
        item.put("version", n(a.version()));
        item.put("contentHash", s(contentHash));
        item.put("status", s(ProcessingStatus.ACCEPTED.name()));
        item.put("updatedAt", s(at.toString()));
        if (messageId != null) {
            item.put("messageId", s(messageId));
        }
        return item;
    }

    /**
     * The write that makes a version current if it is newer: every attribute of {@link #current},
     * and the versions held before shifted down by one ({@code prior1} = the version replaced).
     */
    static UpdateItemRequest.Builder currentUpdate(Agreement a, String contentHash, Instant at) {
        Map<String, AttributeValue> item = current(a, contentHash, at);
        Map<String, String> names = new HashMap<>();
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":none", n(0)));
        StringBuilder set = new StringBuilder("SET ");
        for (int i = PRIOR; i > 1; i--) {
            set.append("prior").append(i).append(" = if_not_exists(prior").append(i - 1).append(", :none), ");
        }
        set.append("prior1 = if_not_exists(#version, :none)");
        int index = 0;
        for (Map.Entry<String, AttributeValue> attribute : item.entrySet()) {
            if (attribute.getKey().equals("chainId") || attribute.getKey().equals("sk")
                    || attribute.getKey().equals("version")) {
                continue;
            }
            names.put("#a" + index, attribute.getKey());
            values.put(":a" + index, attribute.getValue());
            set.append(", #a").append(index).append(" = :a").append(index);
            index++;
        }
        set.append(", #version = :v");
        names.put("#version", "version");
        values.put(":v", n(a.version()));
        String update = a.validTo().isPresent() ? set.toString() : set + " REMOVE validTo";
        return UpdateItemRequest.builder().key(key(a.chainId(), currentSk(a.agreementId())))
                .updateExpression(update)
                .conditionExpression("attribute_not_exists(sk) OR #version < :v")
                .expressionAttributeNames(names).expressionAttributeValues(values);
    }

    /** Whether the current item held this version before its present one, as far as it remembers. */
    static boolean heldBefore(Map<String, AttributeValue> current, long version) {
        for (int i = 1; i <= PRIOR; i++) {
            AttributeValue prior = current.get("prior" + i);
            if (prior != null && Long.parseLong(prior.n()) == version) {
                return true;
            }
        }
        return false;
    }

    /** A current version's item, with its content hash and the time it was stored (for the index). */
    static Map<String, AttributeValue> current(Agreement a, String contentHash, Instant at) {
        Map<String, AttributeValue> item = new HashMap<>(key(a.chainId(), currentSk(a.agreementId())));
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
        item.put("contentHash", s(contentHash));
        item.put("updatedAt", s(SORTABLE.format(at)));
        item.put("updatedKey", s(SORTABLE.format(at) + "#" + a.agreementId()));
        return item;
    }

    static StoredAgreement toStored(Map<String, AttributeValue> item) {
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

    /**
     * A current item's terms as stored, for the statistics: any part may be missing, and an absent
     * or blank date is null.
     *
     * @throws DateTimeParseException if validFrom or validTo is there but not a date
     */
    static AgreementTerm term(Map<String, AttributeValue> item) {
        return new AgreementTerm(text(item, "municipalityNumber"),
                Agreement.Status.fromWire(text(item, "status")).orElse(null), date(item, "validFrom"), date(item, "validTo"));
    }

    private static String text(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null ? null : value.s();
    }

    private static LocalDate date(Map<String, AttributeValue> item, String name) {
        String value = text(item, name);
        return value == null || value.isBlank() ? null : LocalDate.parse(value);
    }

    static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }
}
