package no.jobbstotte.shared.table.volunteers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.jobbstotte.shared.volunteer.Availability;
import no.jobbstotte.shared.volunteer.Interest;
import no.jobbstotte.shared.volunteer.VolunteerSignup;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The single-table layout of VolunteersTable, and the mapping between its items and the records.
 * Keys (the partition key {@code pk} only; index {@code byConfirmedDay} on {@code confirmedDay}):
 * <ul>
 *   <li>{@code VOLUNTEER#<id>}: the person; pending ones carry {@code expiresAt}; {@code tokenHashes}
 *       names every token mailed to them, so erasure can delete the links with the person; confirmed
 *       ones carry {@code countId}, the id their count has in VolunteerCountsTable (erasure deletes
 *       it with the person, and then nothing links the count to anyone)
 *   <li>{@code EMAIL#<hmac of the address>}: points to the volunteer; finds duplicates
 *   <li>{@code TOKEN#<sha256 of the token>}: single-use confirmation or erasure token
 *   <li>{@code RATE#ip#<ip>#<window>}, {@code RATE#email#<hmac>#<window>}: rate-limit counters
 *   <li>{@code DIGEST#<yyyy-MM-dd>#<sha256 of the recipient>}: the daily notice was sent
 * </ul>
 * Local DynamoDB has no TTL, so every read treats an item whose {@code expiresAt} has passed as
 * absent, in condition expressions too; on AWS, TTL deletes them within a day or two anyway.
 */
final class VolunteerItems {

    static final String BY_CONFIRMED_DAY = "byConfirmedDay";

    static final String PK = "pk";
    static final String EXPIRES_AT = "expiresAt";
    static final String VOLUNTEER_ID = "volunteerId";
    static final String STATUS = "status";
    static final String NAME = "name";
    static final String EMAIL = "email";
    static final String EMAIL_HASH = "emailHash";
    static final String PHONE = "phone";
    static final String MUNICIPALITY = "municipalityNumber";
    static final String INTERESTS = "interests";
    static final String AVAILABILITY = "availability";
    static final String MESSAGE = "message";
    static final String CONSENT = "consent";
    static final String CREATED_AT = "createdAt";
    static final String PURPOSE = "purpose";
    static final String USED_AT = "usedAt";
    static final String TOKEN_HASHES = "tokenHashes";
    static final String COUNT = "count";
    static final String CONFIRMED_DAY = "confirmedDay";
    static final String COUNT_ID = "countId";

    static final String PENDING = "PENDING";
    static final String CONFIRMED = "CONFIRMED";

    private VolunteerItems() {}

    static Map<String, AttributeValue> volunteerKey(String volunteerId) {
        return key("VOLUNTEER#" + volunteerId);
    }

    static Map<String, AttributeValue> emailKey(String emailHash) {
        return key("EMAIL#" + emailHash);
    }

    static Map<String, AttributeValue> tokenKey(String tokenHash) {
        return key("TOKEN#" + tokenHash);
    }

    static Map<String, AttributeValue> rateKey(String subject, long window) {
        return key("RATE#" + subject + "#" + window);
    }

    static Map<String, AttributeValue> noticeKey(Notice notice) {
        return key("DIGEST#" + notice.day() + "#" + notice.recipientHash());
    }

    static Map<String, AttributeValue> key(String pk) {
        return Map.of(PK, s(pk));
    }

    /** The item under {@code key} with these attributes. */
    static Map<String, AttributeValue> item(Map<String, AttributeValue> key, Map<String, AttributeValue> attributes) {
        Map<String, AttributeValue> item = new HashMap<>(key);
        item.putAll(attributes);
        return item;
    }

    /** A new pending volunteer; every attribute but the message is always there. */
    static Map<String, AttributeValue> pendingVolunteer(String volunteerId, VolunteerSignup signup, String emailHash,
            Instant now, Instant expiresAt) {
        Map<String, AttributeValue> item = new HashMap<>(volunteerKey(volunteerId));
        item.put(VOLUNTEER_ID, s(volunteerId));
        item.put(STATUS, s(PENDING));
        item.put(NAME, s(signup.name()));
        item.put(EMAIL, s(signup.email()));
        item.put(EMAIL_HASH, s(emailHash));
        item.put(PHONE, s(signup.phone()));
        item.put(MUNICIPALITY, s(signup.municipalityNumber()));
        item.put(INTERESTS, list(signup.interests().stream().map(Interest::code).toList()));
        item.put(AVAILABILITY, list(signup.availability().stream().map(Availability::code).toList()));
        if (signup.message() != null) {
            item.put(MESSAGE, s(signup.message()));
        }
        item.put(CONSENT, s(signup.consent()));
        item.put(CREATED_AT, s(now.toString()));
        item.put(EXPIRES_AT, n(expiresAt));
        return item;
    }

    static Volunteer volunteer(Map<String, AttributeValue> item) {
        AttributeValue expiresAt = item.get(EXPIRES_AT);
        String confirmedDay = text(item, CONFIRMED_DAY);
        return new Volunteer(text(item, VOLUNTEER_ID), text(item, NAME), text(item, EMAIL_HASH), text(item, MUNICIPALITY),
                CONFIRMED.equals(text(item, STATUS)),
                expiresAt == null ? null : Instant.ofEpochSecond(Long.parseLong(expiresAt.n())),
                confirmedDay == null ? null : LocalDate.parse(confirmedDay), text(item, COUNT_ID));
    }

    /** What the coordinators' notice may tell: never the contact details or the free text. */
    static NewVolunteer newVolunteer(Map<String, AttributeValue> item) {
        return new NewVolunteer(item.get(VOLUNTEER_ID).s(), VolunteerSignup.firstName(item.get(NAME).s()),
                item.get(MUNICIPALITY).s(),
                codes(item, INTERESTS).stream().flatMap(c -> Interest.fromCode(c).stream()).toList(),
                codes(item, AVAILABILITY).stream().flatMap(c -> Availability.fromCode(c).stream()).toList(),
                text(item, COUNT_ID));
    }

    /** The hashes of the tokens recorded on a person's item; none on an item from before they were recorded. */
    static List<String> tokenHashes(Map<String, AttributeValue> item) {
        AttributeValue hashes = item.get(TOKEN_HASHES);
        return hashes == null ? List.of() : hashes.ss();
    }

    static Token token(Map<String, AttributeValue> item) {
        return new Token(item.get(PURPOSE).s(), item.get(VOLUNTEER_ID).s(), item.containsKey(USED_AT));
    }

    static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    static AttributeValue n(Instant instant) {
        return n(instant.getEpochSecond());
    }

    static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }

    static AttributeValue day(LocalDate day) {
        return s(day.toString());
    }

    private static AttributeValue list(List<String> values) {
        return AttributeValue.fromL(values.stream().map(AttributeValue::fromS).toList());
    }

    private static String text(Map<String, AttributeValue> item, String attribute) {
        AttributeValue value = item.get(attribute);
        return value == null ? null : value.s();
    }

    private static List<String> codes(Map<String, AttributeValue> item, String attribute) {
        return Optional.ofNullable(item.get(attribute)).filter(AttributeValue::hasL)
                .map(v -> v.l().stream().map(AttributeValue::s).toList()).orElse(List.of());
    }
}
