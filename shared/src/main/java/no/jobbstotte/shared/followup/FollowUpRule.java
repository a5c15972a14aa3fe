package no.jobbstotte.shared.followup;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How one party is followed up during one phase: a first contact within {@code firstWithinDays}
 * of the phase start, then at the cadence in force on the day of the last contact. An empty
 * cadence means a single follow-up (the one after an ended placement).
 */
public record FollowUpRule(int firstWithinDays, List<CadenceStep> cadence, String reason) {
    public FollowUpRule {
        if (firstWithinDays < 0) {
            throw new IllegalArgumentException("firstWithinDays must be >= 0");
        }
        cadence = List.copyOf(cadence);
        Objects.requireNonNull(reason, "reason");
        for (int i = 0; i < cadence.size(); i++) {
            int fromDay = cadence.get(i).fromDay();
            if (i == 0 ? fromDay != 0 : fromDay <= cadence.get(i - 1).fromDay()) {
                throw new IllegalArgumentException("cadence must start at day 0 and increase");
            }
        }
    }

    /**
     * The next due date, counted from {@code phaseStart} (the phase start, or the day the
     * placement resumed) and the last contact with this party ({@code null} for none). A contact
     * before the phase started does not count: a new phase begins with its own first contact.
     */
    public Optional<LocalDate> nextDue(LocalDate phaseStart, LocalDate lastContact) {
        if (lastContact == null || lastContact.isBefore(phaseStart)) {
            return Optional.of(phaseStart.plusDays(firstWithinDays));
        }
        long day = ChronoUnit.DAYS.between(phaseStart, lastContact);
        return cadence.stream()
                .filter(step -> step.fromDay() <= day)
                .reduce((earlier, later) -> later)
                .map(step -> lastContact.plusDays(step.everyDays()));
    }
}
