package no.jobbstotte.shared.table.reminderslog;

import no.jobbstotte.shared.followup.reminders.ReminderMessage;

/**
 * The sender's half of the reminders log, so a redelivered message sends nothing twice. Status
 * goes SCHEDULED → SENDING (leased) → SENT or NOTHING_DUE; an item past its expiry counts as
 * absent, because DynamoDB deletes expired items only eventually (and the local emulator never).
 */
public interface DigestSending {

    /** What {@link #claimForSending} found. */
    enum Claim {
        /** This caller holds the lease and must mark the outcome or release it. */
        CLAIMED,
        /** Already SENT or NOTHING_DUE: do nothing. */
        DONE,
        /** Another delivery holds an unexpired lease: try again later. */
        BUSY
    }

    Claim claimForSending(ReminderMessage message);

    void markSent(ReminderMessage message, String sesMessageId);

    /** @param reason ids and rules only, never personal data */
    void markNothingDue(ReminderMessage message, String reason);

    /** Gives a lease back after a failure before anything was sent, so the retry need not wait. */
    void releaseLease(ReminderMessage message);
}
