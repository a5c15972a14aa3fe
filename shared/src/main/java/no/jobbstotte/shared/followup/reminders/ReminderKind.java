package no.jobbstotte.shared.followup.reminders;

import java.util.Arrays;
import java.util.Optional;

/** Which mail a message asks for; {@link #wire()} is the {@code kind} on the queue and in the log key. */
public enum ReminderKind {
    /** A specialist's daily digest of follow-ups due. */
    SPECIALIST("specialist"),
    /** A team lead's daily digest of escalations and caseload warnings. */
    TEAM_LEAD("team_lead"),
    /** A team lead's weekly IPS fidelity figures, once per ISO week (see {@link FidelityWeek}). */
    FIDELITY("fidelity");

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
