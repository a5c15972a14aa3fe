package no.jobbstotte.shared.table.volunteers;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A stored volunteer, as far as the sign-up's services need it.
 *
 * @param confirmed false while the sign-up is pending
 * @param expiresAt when a pending sign-up lapses; null once confirmed
 * @param confirmedDay the Oslo day of the confirmation; null while pending
 * @param countId the id the confirmation is counted under in VolunteerCountsTable; null while pending
 */
public record Volunteer(String volunteerId, String name, String emailHash, String municipalityNumber,
        boolean confirmed, Instant expiresAt, LocalDate confirmedDay, String countId) {

    public boolean pending() {
        return !confirmed;
    }

    /** The month the confirmation counts in: the stored day's, so a retry in a later month counts the same. */
    public YearMonth confirmedMonth() {
        return YearMonth.from(confirmedDay);
    }
}
