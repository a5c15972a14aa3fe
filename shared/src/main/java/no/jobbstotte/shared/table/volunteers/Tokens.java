package no.jobbstotte.shared.table.volunteers;

import java.time.Instant;
import java.util.Optional;

/** The single-use tokens of the links we e-mail, stored by their hash only. */
public interface Tokens {

    void putToken(String tokenHash, String purpose, String volunteerId, Instant expiresAt);

    /** The live token with this hash. */
    Optional<Token> findToken(String tokenHash, Instant now);

    /** Spends a token; it stays until it expires, so a second click is recognised as harmless. */
    void markTokenUsed(String tokenHash, Instant now);
}
