package no.jobbstotte.shared.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDaysTest {

    private static final WorkingDays DAYS = WorkingDays.norway();

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    @Nested
    class IsWorkingDay {

        @ParameterizedTest(name = "{0} ({1})")
        @CsvSource({
                "2026-01-01, nyttårsdag",
                "2026-04-02, skjærtorsdag",
                "2026-04-03, langfredag",
                "2026-04-04, påskeaften (Saturday)",
                "2026-04-05, 1. påskedag (Sunday)",
                "2026-04-06, 2. påskedag",
                "2026-05-01, 1. mai",
                "2026-05-14, Kristi himmelfartsdag",
                "2026-05-17, 17. mai (Sunday)",
                "2026-05-24, 1. pinsedag (Sunday)",
                "2026-05-25, 2. pinsedag",
                "2026-12-25, 1. juledag",
                "2026-12-26, 2. juledag (Saturday)",
                "2027-01-01, nyttårsdag 2027",
                "2026-11-28, Saturday",
                "2026-11-29, Sunday"})
        void isWorkingDay_holidayOrWeekend_false(LocalDate date, String name) {
            assertThat(DAYS.isWorkingDay(date)).as(name).isFalse();
        }

        @ParameterizedTest(name = "{0} ({1})")
        @CsvSource({
                "2026-04-01, onsdag før påske",
                "2026-04-07, tirsdag etter påske",
                "2026-05-15, fredag etter Kristi himmelfart",
                "2026-05-18, mandag etter 17. mai: no substitute holiday in Norway",
                "2026-12-24, julaften is not a public holiday",
                "2026-12-31, nyttårsaften is not a public holiday",
                "2026-12-01, ordinary Tuesday"})
        void isWorkingDay_ordinaryWeekday_true(LocalDate date, String name) {
            assertThat(DAYS.isWorkingDay(date)).as(name).isTrue();
        }

        @Test
        void isWorkingDay_wholeYear2026_weekdaysMinusWeekdayHolidays() {
            List<LocalDate> holidays2026 = List.of(date("2026-01-01"), date("2026-04-02"),
                    date("2026-04-03"), date("2026-04-05"), date("2026-04-06"), date("2026-05-01"),
                    date("2026-05-14"), date("2026-05-17"), date("2026-05-24"), date("2026-05-25"),
                    date("2026-12-25"), date("2026-12-26"));
            long weekdays = date("2026-01-01").datesUntil(date("2027-01-01"))
                    .filter(d -> d.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue())
                    .count();
            long weekdayHolidays = holidays2026.stream()
                    .filter(d -> d.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue())
                    .count();

            long workingDays = date("2026-01-01").datesUntil(date("2027-01-01"))
                    .filter(DAYS::isWorkingDay)
                    .count();

            // 2026 starts on a Thursday: 52 weeks and one Thursday give 261 weekdays; eight
            // holidays fall on weekdays.
            assertThat(weekdays).isEqualTo(261);
            assertThat(weekdayHolidays).isEqualTo(8);
            assertThat(workingDays).isEqualTo(weekdays - weekdayHolidays).isEqualTo(253);
        }

        @Test
        void isWorkingDay_manyDatesOfOneYear_holidayRulesEvaluatedOncePerYear() {
            List<Integer> yearsAsked = new ArrayList<>();
            WorkingDays days = new WorkingDays(year -> {
                yearsAsked.add(year);
                return Set.of(LocalDate.of(year, 5, 17));
            });

            date("2026-01-01").datesUntil(date("2027-02-01")).forEach(days::isWorkingDay);

            assertThat(yearsAsked).containsExactly(2026, 2027);
        }

        @Test
        void isPublicHoliday_sundayHoliday_true() {
            assertThat(DAYS.isPublicHoliday(date("2026-05-17"))).isTrue();
            assertThat(DAYS.isPublicHoliday(date("2026-11-29"))).isFalse();
        }
    }

    @Nested
    class WorkingDaysBetween {

        @ParameterizedTest(name = "{0} -> {1} = {2}")
        @CsvSource({
                "2026-11-27, 2026-11-30, 1",   // Friday to Monday
                "2026-11-30, 2026-11-30, 0",   // same day
                "2026-12-01, 2026-11-30, 0",   // to before from
                "2026-04-01, 2026-04-07, 1",   // over Easter: only Tuesday counts
                "2026-11-23, 2026-12-01, 6",   // Monday to next Tuesday
                "2026-12-23, 2027-01-04, 6"})  // Christmas and New Year: 24, 28-31 Dec, 4 Jan
        void workingDaysBetween_range_countsWorkingDaysAfterFromUpToTo(LocalDate from, LocalDate to,
                int expected) {
            assertThat(DAYS.workingDaysBetween(from, to)).isEqualTo(expected);
        }

    }

    @Nested
    class NextAndPreviousWorkingDay {

        @Test
        void nextWorkingDay_beforeEaster_tuesdayAfterEaster() {
            assertThat(DAYS.nextWorkingDay(date("2026-04-01"))).isEqualTo(date("2026-04-07"));
        }

        @Test
        void previousWorkingDay_afterEaster_wednesdayBeforeEaster() {
            assertThat(DAYS.previousWorkingDay(date("2026-04-07"))).isEqualTo(date("2026-04-01"));
        }

        @Test
        void nextWorkingDay_workingDay_isStrictlyAfter() {
            assertThat(DAYS.nextWorkingDay(date("2026-12-01"))).isEqualTo(date("2026-12-02"));
            assertThat(DAYS.previousWorkingDay(date("2026-12-01"))).isEqualTo(date("2026-11-30"));
        }

        @Test
        void onOrAfter_holiday_nextWorkingDay() {
            assertThat(DAYS.onOrAfter(date("2026-05-14"))).isEqualTo(date("2026-05-15"));
            assertThat(DAYS.onOrAfter(date("2026-05-15"))).isEqualTo(date("2026-05-15"));
        }
    }

    @Nested
    class SinceLastRun {

        @Test
        void sinceLastRun_ordinaryTuesday_onlyToday() {
            assertThat(DAYS.sinceLastRun(date("2026-12-01")))
                    .isEqualTo(new DateRange(date("2026-12-01"), date("2026-12-01")));
        }

        @Test
        void sinceLastRun_monday_includesWeekend() {
            assertThat(DAYS.sinceLastRun(date("2026-11-30")))
                    .isEqualTo(new DateRange(date("2026-11-28"), date("2026-11-30")));
        }

        @Test
        void sinceLastRun_tuesdayAfterEaster_includesWholeEaster() {
            assertThat(DAYS.sinceLastRun(date("2026-04-07")))
                    .isEqualTo(new DateRange(date("2026-04-02"), date("2026-04-07")));
        }

        @Test
        void sinceLastRun_dayAfterAscension_includesAscension() {
            assertThat(DAYS.sinceLastRun(date("2026-05-15")))
                    .isEqualTo(new DateRange(date("2026-05-14"), date("2026-05-15")));
        }

        @Test
        void sinceLastRun_nonWorkingDay_throws() {
            assertThatThrownBy(() -> DAYS.sinceLastRun(date("2026-05-17")))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
