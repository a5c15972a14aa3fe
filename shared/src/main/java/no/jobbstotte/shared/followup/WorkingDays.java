package no.jobbstotte.shared.followup;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;

/**
 * Norwegian working days (virkedager): Monday to Friday, except public holidays (helligdager
 * and 1. and 17. mai). Follow-up deadlines and "overdue by N days" are counted in these days,
 * because nobody is expected to follow up on a Sunday or on 17. mai.
 */
public final class WorkingDays {

    /** The zone in which every follow-up date is a calendar date. */
    public static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private static final WorkingDays NORWAY = new WorkingDays(NorwegianHolidays::of);

    private final IntFunction<Set<LocalDate>> holidaysOfYear;
    // Holidays are computed once per year and container, not once per date asked about.
    private final Map<Integer, Set<LocalDate>> cache = new ConcurrentHashMap<>();

    WorkingDays(IntFunction<Set<LocalDate>> holidaysOfYear) {
        this.holidaysOfYear = Objects.requireNonNull(holidaysOfYear);
    }

    /** The shared Norwegian calendar. */
    public static WorkingDays norway() {
        return NORWAY;
    }

    /** The calendar date in Norway at {@code instant}. */
    public static LocalDate osloDate(Instant instant) {
        return instant.atZone(OSLO).toLocalDate();
    }

    public boolean isPublicHoliday(LocalDate date) {
        return cache.computeIfAbsent(date.getYear(), holidaysOfYear::apply).contains(date);
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !isPublicHoliday(date);
    }

    /**
     * The number of working days after {@code from}, up to and including {@code to}; zero when
     * {@code to} is not after {@code from}. An item due on Friday and still open on Monday is
     * overdue by {@code workingDaysBetween(friday, monday) == 1}.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    /** The first working day strictly after {@code date}. */
    public LocalDate nextWorkingDay(LocalDate date) {
        LocalDate d = date.plusDays(1);
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** The last working day strictly before {@code date}. */
    public LocalDate previousWorkingDay(LocalDate date) {
        LocalDate d = date.minusDays(1);
        while (!isWorkingDay(d)) {
            d = d.minusDays(1);
        }
        return d;
    }

    /**
     * The first working day on or after {@code date}: a follow-up that falls due on a Saturday or
     * a holiday is really due on the next working day, and is not overdue before then.
     */
    public LocalDate onOrAfter(LocalDate date) {
        return isWorkingDay(date) ? date : nextWorkingDay(date);
    }

    /**
     * The due dates that today's digest covers as "due today": today and every non-working day
     * since the previous working day, whose digest could not have shown them. The daily schedule
     * fires on holidays too, so callers skip days that are not working days.
     *
     * @throws IllegalArgumentException if {@code today} is not a working day
     */
    public DateRange sinceLastRun(LocalDate today) {
        if (!isWorkingDay(today)) {
            throw new IllegalArgumentException("not a working day: " + today);
        }
        return new DateRange(previousWorkingDay(today).plusDays(1), today);
    }
}
