package no.jobbstotte.remindersender.digest;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import no.jobbstotte.shared.followup.WorkingDays;
import no.jobbstotte.shared.table.placements.DueFollowUp;

/** Picks the follow-ups so far overdue that the team lead should hear about them. */
public final class Escalation {

    /** A working week: long enough for a busy specialist to catch up unprompted. */
    public static final int DEFAULT_THRESHOLD_WORKING_DAYS = 5;

    private Escalation() {}

    /**
     * The items overdue by more than {@code thresholdWorkingDays} working days (a weekend or
     * holiday deadline counting from the next working day), most overdue first.
     */
    public static List<OverdueItem> select(Collection<DueFollowUp> items, LocalDate today,
            int thresholdWorkingDays, WorkingDays workingDays) {
        if (thresholdWorkingDays < 0) {
            throw new IllegalArgumentException("thresholdWorkingDays must not be negative");
        }
        return items.stream()
                .sorted(DigestBuilder.BY_DUE_DATE)
                .map(item -> new Overdue(item,
                        workingDays.workingDaysBetween(workingDays.onOrAfter(item.dueOn()), today)))
                .filter(o -> o.days() > thresholdWorkingDays)
                .sorted(Comparator.comparingInt(Overdue::days).reversed())
                .map(o -> new OverdueItem(o.item(), o.days()))
                .toList();
    }

    private record Overdue(DueFollowUp item, int days) {}
}
