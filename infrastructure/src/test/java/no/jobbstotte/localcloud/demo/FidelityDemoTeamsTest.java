package no.jobbstotte.localcloud.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.jobbstotte.shared.fidelity.FidelityFacts;
import no.jobbstotte.shared.fidelity.FidelityFigures;
import no.jobbstotte.shared.fidelity.FidelityIndicators;
import no.jobbstotte.shared.fidelity.IpsItem;
import no.jobbstotte.shared.followup.FollowUpPlan;
import no.jobbstotte.shared.followup.Placement;
import no.jobbstotte.shared.followup.PlacementReducer;
import no.jobbstotte.shared.followup.WorkingDays;
import no.jobbstotte.shared.followup.event.InboundEvent;
import no.jobbstotte.shared.followup.event.PlacementEvent;
import no.jobbstotte.shared.followup.event.PlacementEventJson;
import org.junit.jupiter.api.Test;

/** The fidelity demo's teams make what the mail and the dashboard are to show, whatever the day it runs. */
class FidelityDemoTeamsTest {

    private static final LocalDate RUN_DAY = LocalDate.of(2026, 12, 8);
    private static final List<InboundEvent> EVENTS = FidelityDemoTeams.events(RUN_DAY);
    private static final Collection<Placement> PLACEMENTS = EVENTS.stream()
            .filter(PlacementEvent.class::isInstance).map(PlacementEvent.class::cast)
            .collect(Collectors.groupingBy(PlacementEvent::placementId)).values().stream()
            .map(new PlacementReducer(FollowUpPlan.defaults())::replay).toList();

    @Test
    void fullTeam_twoSpecialistsAboveACaseloadOfTwenty() {
        Map<String, Long> caseloads = PLACEMENTS.stream().filter(p -> p.teamId().equals(FidelityDemoTeams.FULL_TEAM))
                .filter(Placement::isActive).collect(Collectors.groupingBy(Placement::specialistId, Collectors.counting()));

        assertThat(caseloads).containsOnlyKeys(FidelityDemoTeams.FULL_SPECIALISTS);
        assertThat(caseloads.values()).allMatch(n -> n > 20);
        assertThat(caseloads.values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(FidelityDemoTeams.FULL_TEAM_PLACEMENTS);
    }

    @Test
    void slowTeam_firstFaceToFaceContactFiveWeeksOrMoreAfterReferral_orNone() {
        List<Placement> slow = PLACEMENTS.stream().filter(p -> p.teamId().equals(FidelityDemoTeams.SLOW_TEAM)).toList();

        assertThat(slow).hasSize(FidelityDemoTeams.SLOW_TEAM_PLACEMENTS).allSatisfy(p -> {
            assertThat(p.employerContacts()).isNotEmpty();
            p.firstEmployerContactOn().ifPresent(first -> assertThat(
                    ChronoUnit.DAYS.between(p.referredOn().orElseThrow(), first)).isGreaterThanOrEqualTo(40));
        });
        assertThat(slow).filteredOn(p -> p.firstEmployerContactOn().isEmpty()).isNotEmpty();
        assertThat(slow).filteredOn(p -> p.firstEmployerContactOn().isPresent()).isNotEmpty();
    }

    @Test
    void itemScores_slowTeamScoresLowOnRapidJobSearch_fullTeamOnCaseload() {
        LocalDate sunday = RUN_DAY.with(TemporalAdjusters.previous(DayOfWeek.SUNDAY));

        FidelityFigures slow = team(FidelityDemoTeams.SLOW_TEAM, FidelityDemoTeams.SLOW_SPECIALISTS, sunday);
        FidelityFigures full = team(FidelityDemoTeams.FULL_TEAM, FidelityDemoTeams.FULL_SPECIALISTS, sunday);

        assertThat(slow.item(IpsItem.RAPID_JOB_SEARCH).score()).hasValue(3);
        assertThat(full.item(IpsItem.CASELOAD_SIZE).figure()).hasValue(22.5);
        assertThat(full.item(IpsItem.CASELOAD_SIZE).score()).hasValue(4);
    }

    private static FidelityFigures team(String teamId, List<String> specialists, LocalDate weekEnding) {
        List<FidelityFacts> facts = PLACEMENTS.stream().filter(p -> p.teamId().equals(teamId))
                .map(p -> new FidelityFacts(p.placementId(), p.specialistId(), p.teamId(), p.municipalityNumber(),
                        p.isActive(), p.referredOn(), p.hiredOn(), p.endedOn(), p.firstEmployerContactOn(),
                        p.lastFollowUpOn(), p.employerContacts())).toList();
        return FidelityIndicators.ofTeam(Set.copyOf(specialists), facts, weekEnding);
    }

    @Test
    void events_validOnTheWire_andAllBeforeTheRunDay() {
        Instant runDay = RUN_DAY.atStartOfDay(WorkingDays.OSLO).toInstant();

        assertThat(EVENTS).allSatisfy(e -> assertThat(PlacementEventJson.parse(PlacementEventJson.write(e))).isEqualTo(e));
        assertThat(EVENTS).filteredOn(PlacementEvent.class::isInstance).map(e -> ((PlacementEvent) e).occurredAt())
                .allMatch(at -> at.isBefore(runDay));
    }
}
