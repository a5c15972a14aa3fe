package no.jobbstotte.remindersender.digest;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import no.jobbstotte.shared.followup.WorkingDays;
import no.jobbstotte.shared.table.placements.DueFollowUp;

/** Sorts a specialist's due follow-ups into the sections of the morning digest. */
public final class DigestBuilder {

    static final Comparator<DueFollowUp> BY_DUE_DATE = Comparator.comparing(DueFollowUp::dueOn)
            .thenComparing(DueFollowUp::placementId)
            .thenComparing(DueFollowUp::party);

    private DigestBuilder() {}

    /**
     * A follow-up due on a weekend or holiday counts as due on the next working day: on Monday
     * it is "due today", not overdue. Upcoming runs to the end of the ISO week (Sunday), by that
     * same effective date: a Saturday deadline is Monday's, so it is not "later this week". Items
     * of other specialists are ignored, so callers may pass a whole team's items. "Due today"
     * is therefore exactly {@link WorkingDays#sinceLastRun(LocalDate)}.
     *
     * @throws IllegalArgumentException if {@code today} is not a working day
     */
    public static Digest build(JobSpecialist specialist, LocalDate today, Collection<DueFollowUp> items,
            WorkingDays workingDays) {
        if (!workingDays.isWorkingDay(today)) {
            throw new IllegalArgumentException("digests are built on working days only");
        }
        LocalDate endOfWeek = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        List<OverdueItem> overdue = new ArrayList<>();
        List<DueFollowUp> dueToday = new ArrayList<>();
        List<DueFollowUp> upcoming = new ArrayList<>();
        items.stream()
                .filter(item -> item.specialistId().equals(specialist.specialistId()))
                .sorted(BY_DUE_DATE)
                .forEach(item -> {
                    LocalDate effective = workingDays.onOrAfter(item.dueOn());
                    if (effective.isBefore(today)) {
                        overdue.add(new OverdueItem(item, workingDays.workingDaysBetween(effective, today)));
                    } else if (effective.equals(today)) {
                        dueToday.add(item);
                    } else if (!effective.isAfter(endOfWeek)) {
                        upcoming.add(item);
                    }
                });
        return new Digest(specialist, today, overdue, dueToday, upcoming);
    }
}
