package no.jobbstotte.shared.followup.reminders;

/**
 * The RemindersLogTable: one claim per digest and day, so a re-run schedule or a redelivered
 * message sends nothing twice. Status goes SCHEDULED → SENDING (leased) → SENT or NOTHING_DUE;
 * an item past its {@code expiresAt} counts as absent, because DynamoDB deletes expired items
 * only eventually (and the local emulator never).
 */
public interface RemindersLog {

    /** What {@link #claimForSending} found. */
    enum Claim {
        /** This caller holds the lease and must mark the outcome or release it. */
        CLAIMED,
        /** Already SENT or NOTHING_DUE: do nothing. */
        DONE,
        /** Another delivery holds an unexpired lease: try again later. */
        BUSY
    }

    /** Records that the scheduler enqueues {@code message}; false if a live claim already exists. */
    boolean schedule(ReminderMessage message);

    /** Withdraws a SCHEDULED claim whose message could not be enqueued, so a re-run retries it. */
    void unschedule(ReminderMessage message);

    Claim claimForSending(ReminderMessage message);

    void markSent(ReminderMessage message, String sesMessageId);

    /** @param reason ids and rules only, never personal data */
    void markNothingDue(ReminderMessage message, String reason);

    /** Gives a lease back after a failure before anything was sent, so the retry need not wait. */
    void releaseLease(ReminderMessage message);
}
