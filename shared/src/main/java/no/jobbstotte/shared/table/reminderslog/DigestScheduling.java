package no.jobbstotte.shared.table.reminderslog;

import no.jobbstotte.shared.followup.reminders.ReminderMessage;

/**
 * The scheduler's half of the reminders log: one claim per digest and day, so a re-run
 * schedule enqueues nothing twice. A claim past its expiry counts as absent.
 */
public interface DigestScheduling {

    /** Records that the scheduler enqueues {@code message}; false if a live claim already exists. */
    boolean schedule(ReminderMessage message);

    /** Withdraws a SCHEDULED claim whose message could not be enqueued, so a re-run retries it. */
    void unschedule(ReminderMessage message);
}
