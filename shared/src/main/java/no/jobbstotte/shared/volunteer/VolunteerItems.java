package no.jobbstotte.shared.volunteer;

import java.time.ZoneId;

/**
 * The single-table layout of VolunteersTable, shared by the sign-up and digest functions so the
 * two cannot drift apart. Keys:
 * <ul>
 *   <li>{@code VOLUNTEER#<id>}: the person; pending ones carry {@code expiresAt}
 *   <li>{@code EMAIL#<hmac of the address>}: points to the volunteer; finds duplicates
 *   <li>{@code TOKEN#<sha256 of the token>}: single-use confirmation or erasure token
 *   <li>{@code RATE#ip#<ip>#<window>}, {@code RATE#email#<hmac>#<window>}: rate-limit counters
 *   <li>{@code COUNT#<municipality>#<yyyy-MM>}: anonymous count of confirmations, kept on erasure
 *   <li>{@code DIGEST#<yyyy-MM-dd>#<sha256 of the recipient>}: the daily notice was sent
 * </ul>
 * Local DynamoDB has no TTL, so every reader treats an item whose {@code expiresAt} has passed as
 * absent, in condition expressions too; on AWS, TTL deletes them within a day or two anyway.
 */
public final class VolunteerItems {

    /** Confirmation days are Oslo calendar days, as the coordinators live them. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Oslo");
    public static final String BY_CONFIRMED_DAY = "byConfirmedDay";

    public static final String PK = "pk";
    public static final String EXPIRES_AT = "expiresAt";
    public static final String VOLUNTEER_ID = "volunteerId";
    public static final String STATUS = "status";
    public static final String NAME = "name";
    public static final String EMAIL = "email";
    public static final String EMAIL_HASH = "emailHash";
    public static final String PHONE = "phone";
    public static final String MUNICIPALITY = "municipalityNumber";
    public static final String INTERESTS = "interests";
    public static final String AVAILABILITY = "availability";
    public static final String MESSAGE = "message";
    public static final String CONSENT = "consent";
    public static final String CREATED_AT = "createdAt";
    public static final String CONFIRMED_AT = "confirmedAt";
    public static final String CONFIRMED_DAY = "confirmedDay";
    public static final String POLICE_CERTIFICATE_SHOWN_ON = "policeCertificateShownOn";
    public static final String PURPOSE = "purpose";
    public static final String USED_AT = "usedAt";
    public static final String COUNT = "count";

    public static final String PENDING = "PENDING";
    public static final String CONFIRMED = "CONFIRMED";

    private VolunteerItems() {}

    public static String volunteer(String volunteerId) {
        return "VOLUNTEER#" + volunteerId;
    }

    public static String email(String emailHash) {
        return "EMAIL#" + emailHash;
    }

    public static String token(String tokenHash) {
        return "TOKEN#" + tokenHash;
    }

    public static String count(String municipalityNumber, String yearMonth) {
        return "COUNT#" + municipalityNumber + "#" + yearMonth;
    }

    public static String digest(String day, String recipientHash) {
        return "DIGEST#" + day + "#" + recipientHash;
    }
}
