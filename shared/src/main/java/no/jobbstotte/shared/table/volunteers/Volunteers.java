package no.jobbstotte.shared.table.volunteers;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import no.jobbstotte.shared.volunteer.VolunteerSignup;

/**
 * The sign-up function's volunteers: the people, the claims on their addresses (found by a keyed
 * hash, never the address) and the anonymous count of confirmations. Reads pass {@code now}
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

    /** Pending and unexpired → confirmed on {@code day}; the volunteer after, or empty if nothing changed. */
    Optional<Volunteer> confirm(String volunteerId, Instant now, LocalDate day);

    /** A confirmed volunteer's address claim no longer expires. */
    void keepEmailClaim(String emailHash);

    /** One more confirmation in the municipality and month; the count holds no person and outlives erasure. */
    void countConfirmation(String municipalityNumber, YearMonth month);

    /**
     * Removes the person, the address claim if it still points to them, and every token mailed to
     * them, so no old link works afterwards; the counts stay.
     *
     * @return false if there was no such person (already erased, or never stored)
     */
    boolean erase(String volunteerId);

    /** Records that a police certificate was shown, and when; never the document. False if no such confirmed volunteer. */
    boolean recordPoliceCertificate(String volunteerId, LocalDate shownOn);
}
