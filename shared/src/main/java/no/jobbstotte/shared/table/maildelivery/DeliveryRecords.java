package no.jobbstotte.shared.table.maildelivery;

/** Records what SES reported: DeliveryEvents. */
public interface DeliveryRecords {

    /**
     * Keeps the newest event per address and, from the first hard bounce or complaint on, marks the
     * address suppressed for good. Idempotent, and an older event arriving late changes nothing.
     */
    void record(DeliveryOutcome outcome);
}
