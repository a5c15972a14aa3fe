package no.jobbstotte.shared.table.volunteers;

import java.time.Instant;

/**
 * A stored volunteer, as far as the sign-up's services need it.
 *
 * @param confirmed false while the sign-up is pending
 * @param expiresAt when a pending sign-up lapses; null once confirmed
 */
public record Volunteer(String volunteerId, String name, String emailHash, String municipalityNumber,
        boolean confirmed, Instant expiresAt) {

    public boolean pending() {
        return !confirmed;
    }
}
