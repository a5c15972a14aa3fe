package no.jobbstotte.shared.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.random.RandomGenerator;
import no.jobbstotte.shared.testing.RandomValues;
import no.jobbstotte.shared.testing.Tries;
import org.junit.jupiter.api.Test;

/** Properties over every date from 2020 to 2030: seeded, so a failure names the seed and sample that reproduce it. */
class WorkingDaysPropertyTest {

    private static final WorkingDays DAYS = WorkingDays.norway();
    private static final LocalDate START = LocalDate.of(2020, 1, 1);
    private static final int MAX_OFFSET = 4000;
    private static final int MAX_LEG = 60;

    record Split(LocalDate from, int firstLeg, int secondLeg) {}

    @Test
    void workingDaysBetween_splitAtAnyDay_isAdditive() {
        Tries.check(0x5EED_F001L, Tries.DEFAULT,
                random -> new Split(anyDay(random), RandomValues.length(random, 0, MAX_LEG),
                        RandomValues.length(random, 0, MAX_LEG)),
                split -> {
                    LocalDate from = split.from();
                    LocalDate middle = from.plusDays(split.firstLeg());
                    LocalDate to = middle.plusDays(split.secondLeg());

                    assertThat(DAYS.workingDaysBetween(from, to))
                            .isEqualTo(DAYS.workingDaysBetween(from, middle) + DAYS.workingDaysBetween(middle, to));
                });
    }

    @Test
    void sinceLastRun_anyDate_coveredByExactlyOneRun() {
        Tries.check(0x5EED_F002L, Tries.DEFAULT, WorkingDaysPropertyTest::anyDay, day -> {
            LocalDate run = DAYS.onOrAfter(day);

            assertThat(DAYS.sinceLastRun(run).contains(day)).isTrue();
            assertThat(DAYS.sinceLastRun(DAYS.nextWorkingDay(run)).contains(day)).isFalse();
            assertThat(DAYS.sinceLastRun(DAYS.previousWorkingDay(run)).contains(day)).isFalse();
        });
    }

    @Test
    void nextWorkingDay_anyDate_isWorkingDayWithNoWorkingDayBetween() {
        Tries.check(0x5EED_F003L, Tries.DEFAULT, WorkingDaysPropertyTest::anyDay, day -> {
            LocalDate next = DAYS.nextWorkingDay(day);

            assertThat(DAYS.isWorkingDay(next)).isTrue();
            assertThat(DAYS.workingDaysBetween(day, next)).isEqualTo(1);
            assertThat(DAYS.previousWorkingDay(next)).isBeforeOrEqualTo(day);
        });
    }

    /**
     * A day from 2020-01-01 to 2030-12-14 (offsets 0–4000, the bounds more likely); every fourth
     * draw is where holidays cluster: around the turn of the year, Easter, or 1. mai to pinse.
     */
    private static LocalDate anyDay(RandomGenerator random) {
        if (random.nextInt(4) > 0) {
            return START.plusDays(RandomValues.length(random, 0, MAX_OFFSET));
        }
        int year = random.nextInt(2020, 2031);
        LocalDate anchor = switch (random.nextInt(3)) {
            case 0 -> LocalDate.of(year - 1, 12, 20);
            case 1 -> LocalDate.of(year, 3, 18);
            default -> LocalDate.of(year, 4, 28);
        };
        LocalDate day = anchor.plusDays(random.nextInt(0, 45));
        LocalDate last = START.plusDays(MAX_OFFSET);
        return day.isBefore(START) ? START : day.isAfter(last) ? last : day;
    }
}
