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

    /**
     * The digest's identity, {@code <kind>#<recipientId>#<date>}: one digest per recipient and day;
     * for the weekly fidelity mail {@code fidelity#<recipientId>#<ISO week>}, e.g.
     * {@code fidelity#tl-1#2027-W13}: one per recipient and week, whichever day it is claimed on.
     * The reminders log keys its claims by it, and the logs name a digest by it.
     */
    public String digestKey() {
        String period = kind == ReminderKind.FIDELITY ? FidelityWeek.of(date).key() : date.toString();
        return kind.wire() + "#" + recipientId + "#" + period;
    }
}
