package no.jobbstotte.shared.table.placements;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.jobbstotte.shared.followup.FollowUpPlan;
import no.jobbstotte.shared.followup.Party;
import no.jobbstotte.shared.followup.Placement;
import no.jobbstotte.shared.followup.PlacementReducer;
import no.jobbstotte.shared.followup.event.TestEvents;
import org.junit.jupiter.api.Test;

class DueFollowUpTest {

    private static final PlacementReducer REDUCER = new PlacementReducer(FollowUpPlan.defaults());

    @Test
    void of_referredPlacement_participantThenEmployer() {
        Placement p = REDUCER.replay(List.of(TestEvents.referred("e-1", "2026-03-02T09:00:00Z")));

        assertThat(DueFollowUp.of(p, Optional.of("K.N.")).toList()).containsExactly(
                new DueFollowUp("p-1", "s-1", Optional.of("K.N."), Party.PARTICIPANT, LocalDate.of(2026, 3, 9), "jobbsøking",
                        true),
                new DueFollowUp("p-1", "s-1", Optional.of("K.N."), Party.EMPLOYER, LocalDate.of(2026, 4, 1),
                        "arbeidsgiverkontakt", true));
    }

    @Test
    void of_placementInTrial_notInJobSearch() {
        Placement p = REDUCER.replay(List.of(TestEvents.referred("e-1", "2026-03-02T09:00:00Z"),
                TestEvents.trialStarted("e-2", "2026-03-03T09:00:00Z", "2026-04-01")));

        assertThat(DueFollowUp.of(p, Optional.empty())).isNotEmpty().noneMatch(DueFollowUp::jobSearch);
    }

    @Test
    void of_pausedPlacement_nothing() {
        Placement p = REDUCER.replay(List.of(TestEvents.referred("e-1", "2026-03-02T09:00:00Z"),
                TestEvents.paused("e-2", "2026-03-03T09:00:00Z")));

        assertThat(DueFollowUp.of(p, Optional.empty())).isEmpty();
    }
}
