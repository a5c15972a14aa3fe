package no.jobbstotte.shared.followup.reminders;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import no.jobbstotte.shared.followup.WorkingDays;

/**
 * The ISO week a team lead's weekly fidelity mail belongs to. The mail goes out on the week's
 * first working day (Monday, or Tuesday after Easter or Whit Monday) and reports on the week that
 * ended the Sunday before; its claim in the reminders log names the week, so the scheduler and
 * the sender handle it once per team lead and week whichever day of the week they run.
 *
 * @param monday the Monday the week starts on
 */
public record FidelityWeek(LocalDate monday) {

    public FidelityWeek {
        Objects.requireNonNull(monday, "monday");
        if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("a fidelity week starts on a Monday");
        }
    }

    /** The ISO week {@code date} lies in. */
    public static FidelityWeek of(LocalDate date) {
        return new FidelityWeek(date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
    }

    /** True on the first Norwegian working day of {@code date}'s ISO week: the day its mail is sent. */
    public static boolean isFirstWorkingDay(LocalDate date, WorkingDays workingDays) {
        if (!workingDays.isWorkingDay(date)) {
            return false;
        }
        LocalDate monday = of(date).monday();
        return monday.equals(date) || workingDays.previousWorkingDay(date).isBefore(monday);
    }

    /** {@code 2027-W13}: the ISO week-based year and week number, as the log key names the week. */
    public String key() {
        return monday.get(IsoFields.WEEK_BASED_YEAR) + "-W"
                + String.format("%02d", monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** The Sunday the reported week ends on: the day before this week starts. */
    public LocalDate reportedWeekEnding() {
        return monday.minusDays(1);
    }
}
