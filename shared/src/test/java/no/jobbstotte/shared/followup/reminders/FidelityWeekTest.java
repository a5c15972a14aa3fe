package no.jobbstotte.shared.followup.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import no.jobbstotte.shared.followup.WorkingDays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FidelityWeekTest {

    private final WorkingDays norway = WorkingDays.norway();

    @ParameterizedTest(name = "{0} first working day of its week: {1}")
    @CsvSource({
        "2026-12-07, true",  // an ordinary Monday
        "2026-12-08, false", // the Tuesday after it
        "2026-12-13, false", // Sunday
        "2027-03-29, false", // Easter Monday (2. påskedag)
        "2027-03-30, true",  // so the Tuesday after Easter
        "2027-03-31, false",
        "2026-05-25, false", // Whit Monday 2026 (2. pinsedag)
        "2026-05-26, true",
        "2027-05-17, false", // Whit Monday 2027 is also 17. mai
        "2027-05-18, true",
        "2027-12-27, true",  // Christmas on the weekend: Monday is a working day
        "2032-12-27, true",
        "2021-12-27, true",
        "2026-12-28, true",
        "2027-01-01, false", // New Year's Day, a Friday
    })
    void isFirstWorkingDay_followsTheNorwegianCalendar(LocalDate date, boolean first) {
        assertThat(FidelityWeek.isFirstWorkingDay(date, norway)).isEqualTo(first);
    }

    @Test
    void isFirstWorkingDay_mondayAndTuesdayHolidays_isTheWednesday() {
        // 25 and 26 December 2028 are Monday and Tuesday.
        assertThat(FidelityWeek.isFirstWorkingDay(LocalDate.parse("2028-12-26"), norway)).isFalse();
        assertThat(FidelityWeek.isFirstWorkingDay(LocalDate.parse("2028-12-27"), norway)).isTrue();
        assertThat(FidelityWeek.isFirstWorkingDay(LocalDate.parse("2028-12-28"), norway)).isFalse();
    }

    @Test
    void of_anyDayOfTheWeek_isTheSameWeekReportingOnTheSundayBefore() {
        FidelityWeek easter = FidelityWeek.of(LocalDate.parse("2027-03-30"));

        assertThat(FidelityWeek.of(LocalDate.parse("2027-03-29"))).isEqualTo(easter);
        assertThat(FidelityWeek.of(LocalDate.parse("2027-04-04"))).isEqualTo(easter);
        assertThat(FidelityWeek.of(LocalDate.parse("2027-04-05"))).isNotEqualTo(easter);
        assertThat(easter.key()).isEqualTo("2027-W13");
        assertThat(easter.reportedWeekEnding()).isEqualTo(LocalDate.parse("2027-03-28"));
    }

    @Test
    void key_weekAcrossNewYear_isTheIsoWeekBasedYear() {
        assertThat(FidelityWeek.of(LocalDate.parse("2027-01-01")).key()).isEqualTo("2026-W53");
        assertThat(FidelityWeek.of(LocalDate.parse("2024-12-31")).key()).isEqualTo("2025-W01");
        assertThat(FidelityWeek.of(LocalDate.parse("2027-01-04")).key()).isEqualTo("2027-W01");
    }

    @Test
    void new_notAMonday_isRejected() {
        assertThatThrownBy(() -> new FidelityWeek(LocalDate.parse("2027-03-30")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
