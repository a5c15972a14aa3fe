package no.jobbstotte.shared.followup;

import static no.jobbstotte.shared.followup.event.TestEvents.ended;
import static no.jobbstotte.shared.followup.event.TestEvents.followUpDone;
import static no.jobbstotte.shared.followup.event.TestEvents.hired;
import static no.jobbstotte.shared.followup.event.TestEvents.interviewHeld;
import static no.jobbstotte.shared.followup.event.TestEvents.paused;
import static no.jobbstotte.shared.followup.event.TestEvents.referred;
import static no.jobbstotte.shared.followup.event.TestEvents.resumed;
import static no.jobbstotte.shared.followup.event.TestEvents.specialistChanged;
import static no.jobbstotte.shared.followup.event.TestEvents.trialExtended;
import static no.jobbstotte.shared.followup.event.TestEvents.trialStarted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.jobbstotte.shared.followup.event.EventHeader;
import no.jobbstotte.shared.followup.event.PlacementEvent;
import no.jobbstotte.shared.followup.event.PlacementEvent.Met;
import no.jobbstotte.shared.followup.event.TestEvents;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PlacementReducerTest {

    private static final PlacementReducer REDUCER = new PlacementReducer(FollowUpPlan.defaults());

    private static Placement replay(PlacementEvent... events) {
        return REDUCER.replay(List.of(events));
    }

    private static Optional<FollowUpDue> due(String date, String reason) {
        return Optional.of(new FollowUpDue(LocalDate.parse(date), reason));
    }

    private static final PlacementEvent REFERRED = referred("e-01", "2026-03-02T09:00:00Z");
    private static final PlacementEvent TRIAL = trialStarted("e-02", "2026-03-16T09:00:00Z", "2026-04-12");
    private static final PlacementEvent HIRED = hired("e-03", "2026-04-13T08:00:00Z");

    @Nested
    class Referred {

        @Test
        void apply_newPlacement_referredWithFirstContactsDue() {
            Placement p = REDUCER.apply(null, REFERRED);

            assertThat(p.phase()).isEqualTo(Phase.REFERRED);
            assertThat(p.referredOn()).contains(LocalDate.of(2026, 3, 2));
            assertThat(p.nextParticipantDue()).isEqualTo(due("2026-03-09", "jobbsøking"));
            assertThat(p.nextEmployerDue()).isEqualTo(due("2026-04-01", "arbeidsgiverkontakt"));
            assertThat(p.planVersion()).isEqualTo(FollowUpPlan.defaults().version());
            assertThat(p.isActive()).isTrue();
        }

        @Test
        void apply_lateEveningUtc_dateIsTheNorwegianDate() {
            Placement p = REDUCER.apply(null, referred("e-01", "2026-03-01T23:30:00Z"));

            assertThat(p.referredOn()).contains(LocalDate.of(2026, 3, 2));
        }

        @Test
        void apply_firstEventIsNotReferral_treatedAsReferredThatDay() {
            Placement p = replay(followUpDone("e-01", "2026-03-02T09:00:00Z", Met.PARTICIPANT));

            assertThat(p.phase()).isEqualTo(Phase.REFERRED);
            assertThat(p.followUpFrom()).isEqualTo(LocalDate.of(2026, 3, 2));
            assertThat(p.nextParticipantDue()).isEqualTo(due("2026-03-09", "jobbsøking"));
        }
    }

    @Nested
    class InterviewHeld {

        @Test
        void apply_interview_countsAsEmployerContactAndRecordsEmployer() {
            Placement p = replay(REFERRED, interviewHeld("e-02", "2026-03-10T09:00:00Z"));

            assertThat(p.lastEmployerFollowUp()).contains(LocalDate.of(2026, 3, 10));
            assertThat(p.nextEmployerDue()).isEqualTo(due("2026-03-24", "arbeidsgiverkontakt"));
            assertThat(p.employerOrgNumber()).contains(TestEvents.ORG);
            assertThat(p.nextParticipantDue()).isEqualTo(due("2026-03-09", "jobbsøking"));
        }
    }

    @Nested
    class TrialStarted {

        @Test
        void apply_trialStarted_participantDueOnDayOneEmployerAfterAWeek() {
            Placement p = replay(REFERRED, TRIAL);

            assertThat(p.phase()).isEqualTo(Phase.TRIAL);
            assertThat(p.trialStartedOn()).contains(LocalDate.of(2026, 3, 16));
            assertThat(p.trialEndsOn()).contains(LocalDate.of(2026, 4, 12));
            assertThat(p.nextParticipantDue()).isEqualTo(due("2026-03-16", "utprøving"));
            assertThat(p.nextEmployerDue()).isEqualTo(due("2026-03-23", "utprøving"));
        }

        @Test
        void apply_contactBeforeTrial_doesNotSatisfyTrialsFirstContact() {
            Placement p = replay(REFERRED, followUpDone("e-00", "2026-03-13T09:00:00Z", Met.BOTH), TRIAL);

            assertThat(p.nextParticipantDue()).isEqualTo(due("2026-03-16", "utprøving"));
        }

        @Test
        void apply_contactOnDayOne_nextWeekly() {
            Placement p = replay(REFERRED, TRIAL, followUpDone("e-04", "2026-03-16T13:00:00Z", Met.PARTICIPANT));

            assertThat(p.nextParticipantDue()).isEqualTo(due("2026-03-23", "utprøving"));
        }
    }

    @Nested
    class TrialExtended {

        @Test
        void apply_trialExtended_newEndDateSameDueDates() {
            Placement before = replay(REFERRED, TRIAL);
            Placement after = replay(REFERRED, TRIAL, trialExtended("e-04", "2026-04-08T09:00:00Z", "2026-04-26"));

            assertThat(after.trialEndsOn()).contains(LocalDate.of(2026, 4, 26));
            assertThat(after.phase()).isEqualTo(Phase.TRIAL);
            assertThat(after.nextParticipantDue()).isEqualTo(before.nextParticipantDue());
        }
    }

    @Nested
    class Hired {

        @Test
        void apply_hired_fortnightlyParticipantMonthlyEmployer() {
            Placement p = replay(REFERRED, TRIAL, HIRED);

            assertThat(p.phase()).isEqualTo(Phase.HIRED);
            assertThat(p.hiredOn()).contains(LocalDate.of(2026, 4, 13));
            assertThat(p.nextParticipantDue()).isEqualTo(due("2026-04-27", "oppfølging i jobb"));
            assertThat(p.nextEmployerDue()).isEqualTo(due("2026-05-13", "oppfølging av arbeidsgiver"));
        }

        @Test
        void apply_contactAfter12Weeks_monthly() {
            // Day 84 after 13 April is 6 July.
            Placement p = replay(REFERRED, TRIAL, HIRED, followUpDone("e-04", "2026-07-06T09:00:00Z", Met.PARTICIPANT));

            assertThat(p.nextParticipantDue()).isEqualTo(due("2026-08-05", "oppfølging i jobb"));
        }
    }

    @Nested
    class FollowUpDone {

        @Test
        void apply_metParticipant_onlyParticipantMoves() {
            Placement p = replay(REFERRED, followUpDone("e-02", "2026-03-05T09:00:00Z", Met.PARTICIPANT));

            assertThat(p.nextParticipantDue()).isEqualTo(due("2026-03-12", "jobbsøking"));
            assertThat(p.lastEmployerFollowUp()).isEmpty();
            assertThat(p.nextEmployerDue()).isEqualTo(due("2026-04-01", "arbeidsgiverkontakt"));
        }

        @Test
        void apply_metEmployer_onlyEmployerMoves() {
            Placement p = replay(REFERRED, followUpDone("e-02", "2026-03-05T09:00:00Z", Met.EMPLOYER));

            assertThat(p.lastParticipantFollowUp()).isEmpty();
            assertThat(p.nextEmployerDue()).isEqualTo(due("2026-03-19", "arbeidsgiverkontakt"));
        }

        @Test
        void apply_metBoth_bothMove() {
            Placement p = replay(REFERRED, followUpDone("e-02", "2026-03-05T09:00:00Z", Met.BOTH));

            assertThat(p.lastParticipantFollowUp()).contains(LocalDate.of(2026, 3, 5));
            assertThat(p.lastEmployerFollowUp()).contains(LocalDate.of(2026, 3, 5));
        }
    }

    @Nested
    class FollowUpPostponed {

        // Referred Monday 2 March: participant due 9 March, employer 1 April.
        private final PlacementEvent postpone = TestEvents.postponed("e-02", "2026-03-09T07:00:00Z",
                Party.PARTICIPANT, "2026-03-09", "2026-03-16");

        @Test
        void apply_postponed_partyDueOnTheNewDayOtherPartyUnchanged() {
            Placement p = replay(REFERRED, postpone);

            assertThat(p.nextParticipantDue()).isEqualTo(due("2026-03-16", "jobbsøking"));
            assertThat(p.nextEmployerDue()).isEqualTo(due("2026-04-01", "arbeidsgiverkontakt"));
        }

        @Test
        void apply_doneAfterPostponing_planContinuesFromTheFollowUp() {
            Placement p = replay(REFERRED, postpone, followUpDone("e-03", "2026-03-16T09:00:00Z", Met.PARTICIPANT));

            assertThat(p.nextParticipantDue()).isEqualTo(due("2026-03-23", "jobbsøking"));
        }

        @Test
        void apply_anyOrderAndDuplicates_sameResult() {
            Placement inOrder = replay(REFERRED, postpone);

            assertThat(replay(postpone, REFERRED, postpone)).isEqualTo(inOrder);
        }

        @Test
        void apply_newPhase_postponementBelongedToTheOldPlan() {
            Placement p = replay(REFERRED, postpone, trialStarted("e-03", "2026-03-10T09:00:00Z", "2026-04-12"));

            assertThat(p.postponedTo()).isEmpty();
            assertThat(p.nextParticipantDue()).isNotEqualTo(due("2026-03-16", "jobbsøking"));
        }

        @Test
        void apply_postponedThenCompacted_postponementKept() {
            PlacementReducer compacting = new PlacementReducer(FollowUpPlan.defaults(), Duration.ZERO, 1);
            Placement p = compacting.replay(List.of(REFERRED, postpone,
                    interviewHeld("e-03", "2026-03-10T09:00:00Z")));

            assertThat(p.history().compacted()).isPresent();
            assertThat(p.nextParticipantDue()).isEqualTo(due("2026-03-16", "jobbsøking"));
        }
    }

    @Nested
    class Paused {

        @Test
        void apply_paused_noFollowUpsDueButPhaseKept() {
            Placement p = replay(REFERRED, TRIAL, HIRED, paused("e-04", "2026-05-04T09:00:00Z"));

            assertThat(p.phase()).isEqualTo(Phase.HIRED);
            assertThat(p.paused()).isTrue();
            assertThat(p.planPhase()).isEqualTo(Phase.PAUSED);
            assertThat(p.nextParticipantDue()).isEmpty();
            assertThat(p.nextEmployerDue()).isEmpty();
            assertThat(p.isActive()).isTrue();
        }
    }

    @Nested
    class Resumed {

        @Test
        void apply_resumed_firstContactRuleRestartsFromResumeDate() {
            Placement p = replay(REFERRED, TRIAL, HIRED, paused("e-04", "2026-05-04T09:00:00Z"),
                    resumed("e-05", "2026-06-01T09:00:00Z"));

            assertThat(p.paused()).isFalse();
            assertThat(p.planPhase()).isEqualTo(Phase.HIRED);
            assertThat(p.followUpFrom()).isEqualTo(LocalDate.of(2026, 6, 1));
            assertThat(p.nextParticipantDue()).isEqualTo(due("2026-06-15", "oppfølging i jobb"));
            assertThat(p.nextEmployerDue()).isEqualTo(due("2026-07-01", "oppfølging av arbeidsgiver"));
        }
    }

    @Nested
    class SpecialistChanged {

        @Test
        void apply_specialistChanged_newSpecialist() {
            Placement p = replay(REFERRED, specialistChanged("e-02", "2026-03-03T09:00:00Z", "s-2"));

            assertThat(p.specialistId()).isEqualTo("s-2");
        }

        @Test
        void apply_olderEventOfPreviousSpecialistArrivesLate_newSpecialistKept() {
            Placement changed = replay(REFERRED, specialistChanged("e-03", "2026-03-04T09:00:00Z", "s-2"));

            Placement p = REDUCER.apply(changed, followUpDone("e-02", "2026-03-03T09:00:00Z", Met.BOTH));

            assertThat(p.specialistId()).isEqualTo("s-2");
            assertThat(p.lastParticipantFollowUp()).contains(LocalDate.of(2026, 3, 3));
        }
    }

    @Nested
    class Ended {

        @Test
        void apply_ended_oneNewJobSearchContactWithinAWeek() {
            Placement p = replay(REFERRED, TRIAL, HIRED, ended("e-04", "2026-09-01T09:00:00Z", "job_lost"));

            assertThat(p.phase()).isEqualTo(Phase.ENDED);
            assertThat(p.isActive()).isFalse();
            assertThat(p.endReason()).contains("job_lost");
            assertThat(p.nextParticipantDue()).isEqualTo(due("2026-09-08", "ny jobbsøking"));
            assertThat(p.nextEmployerDue()).isEmpty();
        }

        @Test
        void apply_newJobSearchContactDone_nothingMoreDue() {
            Placement p = replay(REFERRED, ended("e-04", "2026-09-01T09:00:00Z", "job_lost"),
                    followUpDone("e-05", "2026-09-03T09:00:00Z", Met.PARTICIPANT));

            assertThat(p.nextParticipantDue()).isEmpty();
        }

        @Test
        void apply_endedWhilePaused_endedNotPaused() {
            Placement p = replay(REFERRED, paused("e-02", "2026-03-05T09:00:00Z"),
                    ended("e-03", "2026-03-20T09:00:00Z", "moved"));

            assertThat(p.paused()).isFalse();
            assertThat(p.planPhase()).isEqualTo(Phase.ENDED);
        }

        @Test
        void apply_referredAgainAfterEnd_newReferral() {
            Placement p = replay(REFERRED, ended("e-02", "2026-03-20T09:00:00Z", "moved"),
                    referred("e-03", "2026-05-04T09:00:00Z"));

            assertThat(p.phase()).isEqualTo(Phase.REFERRED);
            assertThat(p.referredOn()).contains(LocalDate.of(2026, 5, 4));
            assertThat(p.nextEmployerDue()).isEqualTo(due("2026-06-03", "arbeidsgiverkontakt"));
        }
    }

    @Nested
    class OrderAndDuplicates {

        @Test
        void apply_duplicate_returnsSameInstance() {
            Placement p = replay(REFERRED, TRIAL);

            assertThat(REDUCER.apply(p, TRIAL)).isSameAs(p);
        }

        @Test
        void apply_sameEventIdDifferentContent_firstKept() {
            Placement p = replay(REFERRED);

            assertThat(REDUCER.apply(p, hired("e-01", "2026-03-03T09:00:00Z"))).isSameAs(p);
        }

        @Test
        void apply_hiredBeforeReferral_sameAsInOrder() {
            assertThat(replay(HIRED, TRIAL, REFERRED)).isEqualTo(replay(REFERRED, TRIAL, HIRED));
        }

        @Test
        void apply_sameInstant_eventIdBreaksTie() {
            PlacementEvent pause = paused("e-a", "2026-03-05T09:00:00Z");
            PlacementEvent resume = resumed("e-b", "2026-03-05T09:00:00Z");

            assertThat(replay(resume, REFERRED, pause).paused()).isFalse();
            assertThat(replay(REFERRED, pause, resume)).isEqualTo(replay(resume, pause, REFERRED));
        }

        @Test
        void apply_eventOfAnotherPlacement_rejected() {
            Placement p = replay(REFERRED);
            EventHeader other = new EventHeader("e-9", "p-2", "s-1", "t-1", "1506", Optional.empty(),
                    REFERRED.occurredAt());

            assertThatThrownBy(() -> REDUCER.apply(p, new PlacementEvent.Hired(other)))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void apply_anyEvent_historySortedAndLastEventTimeTracked() {
            Placement p = replay(HIRED, REFERRED, TRIAL);

            assertThat(p.history().events()).containsExactly(REFERRED, TRIAL, HIRED);
            assertThat(p.lastEventAt()).isEqualTo(HIRED.occurredAt());
            assertThat(p.hasApplied("e-02")).isTrue();
        }
    }

    @Nested
    class Compaction {

        private final PlacementReducer small = new PlacementReducer(FollowUpPlan.defaults(), Duration.ofDays(10), 3);

        private final List<PlacementEvent> year = List.of(REFERRED, TRIAL, HIRED,
                followUpDone("e-04", "2026-04-27T09:00:00Z", Met.PARTICIPANT),
                followUpDone("e-05", "2026-05-11T09:00:00Z", Met.BOTH),
                followUpDone("e-06", "2026-05-12T09:00:00Z", Met.PARTICIPANT),
                followUpDone("e-07", "2026-05-13T09:00:00Z", Met.PARTICIPANT),
                followUpDone("e-08", "2026-05-14T09:00:00Z", Met.PARTICIPANT));

        @Test
        void apply_beyondCapAndHorizon_oldEventsFoldedIntoSnapshot() {
            Placement p = small.replay(year);

            assertThat(p.history().events()).hasSize(3).last().isEqualTo(year.getLast());
            assertThat(p.history().compacted()).get()
                    .extracting(Placement.Compacted::through).isEqualTo(year.get(4));
        }

        @Test
        void apply_compacted_sameStateAsWithoutCompaction() {
            Placement compacted = small.replay(year);
            Placement full = REDUCER.replay(year);

            assertThat(compacted).usingRecursiveComparison().ignoringFields("history").isEqualTo(full);
        }

        @Test
        void apply_eventOlderThanSnapshot_ignored() {
            Placement p = small.replay(year);

            assertThat(small.apply(p, paused("e-late", "2026-04-01T09:00:00Z"))).isSameAs(p);
            assertThat(small.apply(p, year.getFirst())).isSameAs(p);
        }

        @Test
        void apply_eventNewerThanSnapshotButOutOfOrder_sameAsWithoutCompaction() {
            PlacementEvent late = followUpDone("e-late", "2026-05-13T12:00:00Z", Met.EMPLOYER);

            Placement p = small.apply(small.replay(year), late);

            assertThat(p.lastEmployerFollowUp()).contains(LocalDate.of(2026, 5, 13));
            assertThat(p).usingRecursiveComparison().ignoringFields("history")
                    .isEqualTo(REDUCER.apply(REDUCER.replay(year), late));
        }
    }

    @Nested
    class Replan {

        @Test
        void replan_newPlanVersion_dueDatesFromNewPlan() {
            String json = new String(readPlan()).replace("\"2026-11-25.1\"", "\"v2\"")
                    .replace("\"firstWithinDays\": 14", "\"firstWithinDays\": 10");
            PlacementReducer v2 = new PlacementReducer(FollowUpPlan.parse(json));

            Placement p = v2.replan(replay(REFERRED, TRIAL, HIRED));

            assertThat(p.planVersion()).isEqualTo("v2");
            assertThat(p.nextParticipantDue()).isEqualTo(due("2026-04-23", "oppfølging i jobb"));
        }

        private byte[] readPlan() {
            try (var in = FollowUpPlan.class.getResourceAsStream(FollowUpPlan.RESOURCE)) {
                return in.readAllBytes();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
