package no.jobbstotte.remindersender.digest;

import static no.jobbstotte.remindersender.digest.DigestFixtures.ALL;
import static no.jobbstotte.remindersender.digest.DigestFixtures.DUE_SATURDAY;
import static no.jobbstotte.remindersender.digest.DigestFixtures.DUE_TODAY;
import static no.jobbstotte.remindersender.digest.DigestFixtures.KARI;
import static no.jobbstotte.remindersender.digest.DigestFixtures.MONDAY;
import static no.jobbstotte.remindersender.digest.DigestFixtures.OVERDUE_ONE;
import static no.jobbstotte.remindersender.digest.DigestFixtures.OVERDUE_SIX;
import static no.jobbstotte.remindersender.digest.DigestFixtures.THURSDAY;
import static no.jobbstotte.remindersender.digest.DigestFixtures.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import no.jobbstotte.shared.followup.Party;
import no.jobbstotte.shared.followup.WorkingDays;
import org.junit.jupiter.api.Test;
import no.jobbstotte.shared.table.placements.DueFollowUp;

class DigestBuilderTest {

    private static final WorkingDays DAYS = WorkingDays.norway();

    @Test
    void build_monday_sectionsSortedAndOtherSpecialistsAndNextWeekLeftOut() {
        Digest digest = DigestBuilder.build(KARI, MONDAY, ALL, DAYS);

        assertThat(digest.overdue()).containsExactly(new OverdueItem(OVERDUE_SIX, 6), new OverdueItem(OVERDUE_ONE, 1));
        assertThat(digest.dueToday()).containsExactly(DUE_SATURDAY, DUE_TODAY);
        assertThat(digest.upcoming()).containsExactly(THURSDAY);
        assertThat(digest.isEmpty()).isFalse();
    }

    @Test
    void build_tuesdayAfterEaster_dueOnHolidaysIsDueTodayNotOverdue() {
        LocalDate tuesday = LocalDate.of(2026, 4, 7);
        DueFollowUp maundyThursday = item("p-1", "s-1", null, Party.PARTICIPANT, "2026-04-02", "utprøving");
        DueFollowUp wednesday = item("p-2", "s-1", null, Party.PARTICIPANT, "2026-04-01", "utprøving");

        Digest digest = DigestBuilder.build(KARI, tuesday, List.of(maundyThursday, wednesday), DAYS);

        assertThat(digest.dueToday()).containsExactly(maundyThursday);
        assertThat(digest.overdue()).containsExactly(new OverdueItem(wednesday, 1));
    }

    @Test
    void build_thursday_upcomingRunsToTheWeeksLastWorkingDay_aWeekendDeadlineIsNextWeeks() {
        LocalDate thursday = LocalDate.of(2026, 12, 3);
        DueFollowUp friday = item("p-0", "s-1", null, Party.EMPLOYER, "2026-12-04", "utprøving");
        DueFollowUp sunday = item("p-1", "s-1", null, Party.EMPLOYER, "2026-12-06", "utprøving");
        DueFollowUp monday = item("p-2", "s-1", null, Party.EMPLOYER, "2026-12-07", "utprøving");

        Digest digest = DigestBuilder.build(KARI, thursday, List.of(sunday, monday, friday), DAYS);

        assertThat(digest.upcoming()).containsExactly(friday);
        assertThat(digest.isEmpty()).isTrue();
    }

    @Test
    void build_noItems_empty() {
        assertThat(DigestBuilder.build(KARI, MONDAY, List.of(), DAYS).isEmpty()).isTrue();
    }

    @Test
    void build_onHoliday_rejected() {
        assertThatThrownBy(() -> DigestBuilder.build(KARI, LocalDate.of(2026, 12, 25), ALL, DAYS))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
