package no.jobbstotte.shared.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Properties over every date from 2020 to 2030. */
class WorkingDaysPropertyTest {

    private static final WorkingDays DAYS = WorkingDays.norway();
    private static final LocalDate START = LocalDate.of(2020, 1, 1);

    @Property
    void workingDaysBetween_splitAtAnyDay_isAdditive(@ForAll @IntRange(max = 4000) int offset,
            @ForAll @IntRange(max = 60) int firstLeg, @ForAll @IntRange(max = 60) int secondLeg) {
        LocalDate from = START.plusDays(offset);
        LocalDate middle = from.plusDays(firstLeg);
        LocalDate to = middle.plusDays(secondLeg);

        assertThat(DAYS.workingDaysBetween(from, to))
                .isEqualTo(DAYS.workingDaysBetween(from, middle) + DAYS.workingDaysBetween(middle, to));
    }

    @Property
    void sinceLastRun_anyDate_coveredByExactlyOneRun(@ForAll @IntRange(max = 4000) int offset) {
        LocalDate day = START.plusDays(offset);
        LocalDate run = DAYS.onOrAfter(day);

        assertThat(DAYS.sinceLastRun(run).contains(day)).isTrue();
        assertThat(DAYS.sinceLastRun(DAYS.nextWorkingDay(run)).contains(day)).isFalse();
        assertThat(DAYS.sinceLastRun(DAYS.previousWorkingDay(run)).contains(day)).isFalse();
    }

    @Property
    void nextWorkingDay_anyDate_isWorkingDayWithNoWorkingDayBetween(@ForAll @IntRange(max = 4000) int offset) {
        LocalDate day = START.plusDays(offset);
        LocalDate next = DAYS.nextWorkingDay(day);

        assertThat(DAYS.isWorkingDay(next)).isTrue();
        assertThat(DAYS.workingDaysBetween(day, next)).isEqualTo(1);
        assertThat(DAYS.previousWorkingDay(next)).isBeforeOrEqualTo(day);
    }
}
