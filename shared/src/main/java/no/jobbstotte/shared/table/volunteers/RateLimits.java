package no.jobbstotte.shared.table.volunteers;

import java.time.Instant;
import java.util.OptionalLong;

/** Requests counted per subject (a client address or an e-mail hash) in fixed hourly windows, shared by every instance. */
public interface RateLimits {

    /** Counts one request for {@code subject}; empty if allowed, else the seconds until the window ends. */
    OptionalLong hit(String subject, int limit, Instant now);
}
