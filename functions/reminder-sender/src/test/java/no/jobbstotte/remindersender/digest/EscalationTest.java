package no.jobbstotte.remindersender.digest;

import static no.jobbstotte.remindersender.digest.DigestFixtures.ALL;
import static no.jobbstotte.remindersender.digest.DigestFixtures.MONDAY;
import static no.jobbstotte.remindersender.digest.DigestFixtures.OVERDUE_ONE;
import static no.jobbstotte.remindersender.digest.DigestFixtures.OVERDUE_SIX;
import static no.jobbstotte.remindersender.digest.DigestFixtures.item;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.jobbstotte.shared.followup.Party;
import no.jobbstotte.shared.followup.WorkingDays;
import org.junit.jupiter.api.Test;
import no.jobbstotte.shared.table.placements.DueFollowUp;

class EscalationTest {

    private static final WorkingDays DAYS = WorkingDays.norway();

    @Test
    void select_defaultThreshold_onlyMoreThanFiveWorkingDaysOverdue() {
        assertThat(Escalation.select(ALL, MONDAY, Escalation.DEFAULT_THRESHOLD_WORKING_DAYS, DAYS))
                .containsExactly(new OverdueItem(OVERDUE_SIX, 6));
    }

    @Test
    void select_exactlyAtThreshold_notEscalated() {
        // Monday 23 November: five working days before Monday 30 November.
        DueFollowUp fiveDays = item("p-7", "s-1", null, Party.EMPLOYER, "2026-11-23", "utprøving");

        assertThat(Escalation.select(List.of(fiveDays), MONDAY, 5, DAYS)).isEmpty();
        assertThat(Escalation.select(List.of(fiveDays), MONDAY, 4, DAYS)).containsExactly(new OverdueItem(fiveDays, 5));
    }

    @Test
    void select_thresholdZero_everyOverdueItemMostOverdueFirst() {
        assertThat(Escalation.select(ALL, MONDAY, 0, DAYS))
                .containsExactly(new OverdueItem(OVERDUE_SIX, 6), new OverdueItem(OVERDUE_ONE, 1));
    }

    @Test
    void caseloadCheck_atLimit_noWarning() {
        assertThat(CaseloadWarning.check("s-1", 20, CaseloadWarning.DEFAULT_LIMIT)).isEmpty();
    }

    @Test
    void caseloadCheck_overLimit_warning() {
        assertThat(CaseloadWarning.check("s-1", 21, CaseloadWarning.DEFAULT_LIMIT))
                .contains(new CaseloadWarning("s-1", 21, 20));
    }
}
