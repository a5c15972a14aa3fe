package no.jobbstotte.shared.followup.reminders;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One digest to send, as the scheduler enqueues it on the RemindersQueue (see
 * docs/followup-data.md). {@code date} is the Oslo working day the digest is for, so a late or
 * redelivered message still describes its own day. {@code addressees}: who the mail is for as the
 * scheduler read them; a message without (enqueued by an older scheduler, or by a tool) makes the
 * sender read the directory and the delivery states itself.
 */
public record ReminderMessage(ReminderKind kind, String recipientId, LocalDate date, Instant scheduledAt,
        Optional<Addressees> addressees) {

    public ReminderMessage {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(recipientId, "recipientId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(scheduledAt, "scheduledAt");
        Objects.requireNonNull(addressees, "addressees");
    }

    /** A message that leaves the sender to read who it is for. */
    public ReminderMessage(ReminderKind kind, String recipientId, LocalDate date, Instant scheduledAt) {
        this(kind, recipientId, date, scheduledAt, Optional.empty());
    }

    public ReminderMessage with(Addressees people) {
        return new ReminderMessage(kind, recipientId, date, scheduledAt, Optional.of(people));
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

    @Override
    public String toString() {
        // The addressees are personal data: never in a log line or an exception message.
        return "ReminderMessage[" + digestKey() + (addressees.isPresent() ? ", with addressees]" : "]");
    }
}
