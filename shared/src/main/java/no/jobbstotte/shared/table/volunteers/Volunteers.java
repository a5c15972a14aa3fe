package no.jobbstotte.shared.table.volunteers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import no.jobbstotte.shared.volunteer.VolunteerSignup;

/**
 * The sign-up function's volunteers: the people and the claims on their addresses (found by a
 * keyed hash, never the address). Reads pass {@code now}
 * because an expired item counts as absent, whether or not TTL has removed it yet.
 */
public interface Volunteers {

    /** Claims an address for a new pending volunteer; false if a live claim exists. */
    boolean claimEmail(String emailHash, String volunteerId, Instant expiresAt, Instant now);

    /** The volunteer a live claim on the address points to. */
    Optional<String> emailOwner(String emailHash, Instant now);

    /** Stores a validated sign-up as pending until {@code expiresAt}. */
    void addPending(String volunteerId, VolunteerSignup signup, String emailHash, Instant now, Instant expiresAt);

    Optional<Volunteer> find(String volunteerId, Instant now);

    /**
     * Pending and unexpired → confirmed on {@code day}, in one write that also keeps {@code countId}
     * (a fresh random id) on the person for counting the confirmation exactly once; the volunteer
     * after, or empty if nothing changed.
     */
    Optional<Volunteer> confirm(String volunteerId, Instant now, LocalDate day, String countId);

    /** A confirmed volunteer's address claim no longer expires. */
    void keepEmailClaim(String emailHash);

    /**
     * Removes the person, the address claim if it still points to them, and every token mailed to
     * them, so no old link works afterwards. The count of their confirmation (VolunteerCountsTable)
     * stays: it holds no person, and with the person's {@code countId} gone nothing leads to it.
     *
     * @return false if there was no such person (already erased, or never stored)
     */
    boolean erase(String volunteerId);

    /** Records that a police certificate was shown, and when; never the document. False if no such confirmed volunteer. */
    boolean recordPoliceCertificate(String volunteerId, LocalDate shownOn);
}
