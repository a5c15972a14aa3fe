package no.jobbstotte.shared.followup.reminders;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One digest to send, as the scheduler enqueues it on the RemindersQueue (see
 * docs/followup-data.md). {@code date} is the Oslo working day the digest is for, so a late or
 * redelivered message still describes its own day.
 */
public record ReminderMessage(ReminderKind kind, String recipientId, LocalDate date, Instant scheduledAt) {

    public ReminderMessage {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(recipientId, "recipientId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(scheduledAt, "scheduledAt");
    }

    /** The RemindersLogTable key: {@code <kind>#<recipientId>#<date>}. */
    public String digestKey() {
        return kind.wire() + "#" + recipientId + "#" + date;
    }
}
