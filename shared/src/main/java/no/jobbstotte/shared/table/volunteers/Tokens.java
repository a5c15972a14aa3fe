package no.jobbstotte.shared.table.volunteers;

import java.time.Instant;
import java.util.Optional;

/** The single-use tokens of the links we e-mail, stored by their hash only. */
public interface Tokens {

    /**
     * Stores a token for a stored volunteer, recorded on them so their erasure deletes it too.
     *
     * @return false, storing nothing, if the volunteer is gone (erased meanwhile)
     */
    boolean putToken(String tokenHash, String purpose, String volunteerId, Instant expiresAt);

    /** The live token with this hash. */
    Optional<Token> findToken(String tokenHash, Instant now);

    /** Spends a token; it stays until it expires or the volunteer is erased, so a second click is recognised as harmless. */
    void markTokenUsed(String tokenHash, Instant now);
}
