package no.jobbstotte.shared.followup;

import static org.assertj.core.api.Assertions.assertThat;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.time.Year;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NorwegianHolidaysTest {

    /**
     * jollyday (test scope only) is the oracle: its Norway calendar is maintained independently
     * of this computation, so agreeing with it on every year a follow-up date can plausibly fall
     * in proves both the Easter computation and the list of holidays.
     */
    @Test
    void of_everyYear1990To2100_sameDatesAsJollydayNorway() {
        HolidayManager norway = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.NORWAY));

        for (int year = 1990; year <= 2100; year++) {
            var expected = norway.getHolidays(Year.of(year)).stream()
                    .map(Holiday::getDate)
                    .collect(Collectors.toSet());

            assertThat(NorwegianHolidays.of(year)).as("holidays of %d", year)
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "2008-05-01, 1. mai is Kristi himmelfartsdag",
            "2027-05-17, 17. mai is 2. pinsedag"})
    void of_twoHolidaysOnOneDay_elevenDates(LocalDate shared, String why) {
        assertThat(NorwegianHolidays.of(shared.getYear())).as(why).hasSize(11).contains(shared);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "1818-03-22, earliest possible date",
            "1943-04-25, latest possible date",
            "2026-04-05, this year's",
            "2038-04-25, latest possible date again"})
    void easterSunday_knownYears_knownDate(LocalDate easter, String why) {
        assertThat(NorwegianHolidays.easterSunday(easter.getYear())).as(why).isEqualTo(easter);
    }
}
