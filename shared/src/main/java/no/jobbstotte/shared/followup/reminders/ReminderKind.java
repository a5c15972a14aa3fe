package no.jobbstotte.shared.followup.reminders;

import java.util.Arrays;
import java.util.Optional;

/** Who a digest is for; {@link #wire()} is the {@code kind} on the queue and in the log key. */
public enum ReminderKind {
    SPECIALIST("specialist"),
    TEAM_LEAD("team_lead");

    private final String wire;

    ReminderKind(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static Optional<ReminderKind> fromWire(String value) {
        return Arrays.stream(values()).filter(k -> k.wire.equals(value)).findFirst();
    }
}
