package no.jobbstotte.shared.table.volunteercounts;

import java.time.YearMonth;

/**
 * Counting a confirmed volunteer, exactly once however often it is tried: the count is one item
 * under {@code countId}, an opaque random id drawn when the volunteer was confirmed and kept on
 * their item in VolunteersTable, so a retry after a crash finds its own earlier write.
 */
public interface ConfirmationCounts {

    /**
     * Counts one confirmation in the municipality and month, unless {@code countId} is counted already.
     *
     * @return false if it was (a retry, or a second writer), and nothing changed
     */
    boolean countOnce(String countId, String municipalityNumber, YearMonth month);
}
