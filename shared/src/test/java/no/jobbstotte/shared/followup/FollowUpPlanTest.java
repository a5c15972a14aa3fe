package no.jobbstotte.shared.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FollowUpPlanTest {

    private static final FollowUpPlan PLAN = FollowUpPlan.defaults();
    private static final LocalDate START = LocalDate.of(2026, 3, 2);

    private static FollowUpRule rule(Phase phase, Party party) {
        return PLAN.rulesFor(phase).forParty(party).orElseThrow();
    }

    @Nested
    class Defaults {

        @Test
        void defaults_bundledResource_hasVersionAndEveryPhase() {
            assertThat(PLAN.version()).isEqualTo("2026-11-25.1");
            assertThat(PLAN.phases()).containsOnlyKeys(Phase.values());
        }

        @Test
        void defaults_referred_employerWithin30DaysAndParticipantWeekly() {
            assertThat(rule(Phase.REFERRED, Party.EMPLOYER).firstWithinDays()).isEqualTo(30);
            assertThat(rule(Phase.REFERRED, Party.PARTICIPANT))
                    .isEqualTo(new FollowUpRule(7, List.of(new CadenceStep(0, 7)), "jobbsøking"));
        }

        @Test
        void defaults_trial_participantOnDayOneThenWeeklyAndEmployerWeekly() {
            assertThat(rule(Phase.TRIAL, Party.PARTICIPANT))
                    .isEqualTo(new FollowUpRule(0, List.of(new CadenceStep(0, 7)), "utprøving"));
            assertThat(rule(Phase.TRIAL, Party.EMPLOYER))
                    .isEqualTo(new FollowUpRule(7, List.of(new CadenceStep(0, 7)), "utprøving"));
        }

        @Test
        void defaults_hired_fortnightlyFor12WeeksThenMonthly() {
            assertThat(rule(Phase.HIRED, Party.PARTICIPANT).cadence())
                    .containsExactly(new CadenceStep(0, 14), new CadenceStep(84, 30));
            assertThat(rule(Phase.HIRED, Party.EMPLOYER).cadence()).containsExactly(new CadenceStep(0, 30));
        }

        @Test
        void defaults_pausedAndEnded_noFollowUpExceptOneNewJobSearch() {
            assertThat(PLAN.rulesFor(Phase.PAUSED)).isEqualTo(PhaseRules.NONE);
            assertThat(PLAN.rulesFor(Phase.ENDED).employer()).isEmpty();
            assertThat(rule(Phase.ENDED, Party.PARTICIPANT))
                    .isEqualTo(new FollowUpRule(7, List.of(), "ny jobbsøking"));
        }
    }

    @Nested
    class NextDue {

        @Test
        void nextDue_noContactYet_phaseStartPlusFirstWithin() {
            assertThat(rule(Phase.REFERRED, Party.EMPLOYER).nextDue(START, null))
                    .contains(START.plusDays(30));
            assertThat(rule(Phase.TRIAL, Party.PARTICIPANT).nextDue(START, null)).contains(START);
        }

        @Test
        void nextDue_contactBeforePhaseStart_ignoredAndFirstContactDue() {
            assertThat(rule(Phase.HIRED, Party.PARTICIPANT).nextDue(START, START.minusDays(1)))
                    .contains(START.plusDays(14));
        }

        @Test
        void nextDue_contactInFirst12Weeks_14DaysLater() {
            LocalDate contact = START.plusDays(83);
            assertThat(rule(Phase.HIRED, Party.PARTICIPANT).nextDue(START, contact))
                    .contains(contact.plusDays(14));
        }

        @Test
        void nextDue_contactFromDay84_30DaysLater() {
            LocalDate contact = START.plusDays(84);
            assertThat(rule(Phase.HIRED, Party.PARTICIPANT).nextDue(START, contact))
                    .contains(contact.plusDays(30));
        }

        @Test
        void nextDue_oneOffRuleAfterContact_nothingMore() {
            assertThat(rule(Phase.ENDED, Party.PARTICIPANT).nextDue(START, START.plusDays(3))).isEmpty();
        }
    }

    @Nested
    class Parse {

        private static final String VALID = """
                {"version": "v1", "phases": {
                  "referred": {"participant": {"firstWithinDays": 7, "cadence": [{"fromDay": 0, "everyDays": 7}], "reason": "r"}, "employer": null},
                  "trial": {"participant": null, "employer": null},
                  "hired": {"participant": null, "employer": null},
                  "paused": {"participant": null, "employer": null},
                  "ended": {"why": "because", "participant": null, "employer": null}}}
                """;

        @Test
        void parse_minimalPlan_parsed() {
            FollowUpPlan plan = FollowUpPlan.parse(VALID);

            assertThat(plan.version()).isEqualTo("v1");
            assertThat(plan.rulesFor(Phase.REFERRED).participant())
                    .contains(new FollowUpRule(7, List.of(new CadenceStep(0, 7)), "r"));
            assertThat(plan.rulesFor(Phase.HIRED)).isEqualTo(new PhaseRules(Optional.empty(), Optional.empty()));
        }

        @Test
        void parse_misspelledPhase_namesField() {
            assertInvalid(VALID.replace("\"hired\"", "\"hire\""), "phases.hire is not a known field");
        }

        @Test
        void parse_missingPhase_namesPhase() {
            assertInvalid(VALID.replace("\"hired\": {\"participant\": null, \"employer\": null},", ""),
                    "phases.hired is missing");
        }

        @Test
        void parse_missingParty_asksForExplicitNull() {
            assertInvalid(VALID.replace("\"trial\": {\"participant\": null, ", "\"trial\": {"),
                    "phases.trial.participant is missing (use null for no follow-up)");
        }

        @Test
        void parse_unknownFieldInRule_namesField() {
            assertInvalid(VALID.replace("\"reason\": \"r\"", "\"reason\": \"r\", \"every\": 3"),
                    "phases.referred.participant.every is not a known field");
        }

        @Test
        void parse_zeroEveryDays_namesField() {
            assertInvalid(VALID.replace("\"everyDays\": 7", "\"everyDays\": 0"),
                    "phases.referred.participant.cadence[0].everyDays must be a whole number from 1 to 366");
        }

        @Test
        void parse_negativeFirstWithin_namesField() {
            assertInvalid(VALID.replace("\"firstWithinDays\": 7", "\"firstWithinDays\": -1"),
                    "phases.referred.participant.firstWithinDays must be a whole number from 0 to 366");
        }

        @Test
        void parse_cadenceNotStartingAtDayZero_rejected() {
            assertInvalid(VALID.replace("\"fromDay\": 0", "\"fromDay\": 3"),
                    "phases.referred.participant.cadence[0].fromDay must be 0 for the first step and increase after that");
        }

        @Test
        void parse_cadenceNotIncreasing_rejected() {
            assertInvalid(VALID.replace("{\"fromDay\": 0, \"everyDays\": 7}",
                            "{\"fromDay\": 0, \"everyDays\": 7}, {\"fromDay\": 0, \"everyDays\": 30}"),
                    "phases.referred.participant.cadence[1].fromDay must be 0 for the first step and increase after that");
        }

        @Test
        void parse_blankReason_rejected() {
            assertInvalid(VALID.replace("\"reason\": \"r\"", "\"reason\": \" \""),
                    "phases.referred.participant.reason must be a non-blank string of at most 60 characters");
        }

        @Test
        void parse_missingVersion_rejected() {
            assertInvalid(VALID.replace("\"version\": \"v1\", ", ""),
                    "version must be a non-blank string of at most 40 characters");
        }

        @Test
        void parse_malformedJson_rejected() {
            assertInvalid("{\"version\": ", "not well-formed JSON");
        }

        @Test
        void parse_duplicateKey_rejected() {
            assertInvalid(VALID.replace("\"version\": \"v1\"", "\"version\": \"v1\", \"version\": \"v2\""),
                    "not well-formed JSON");
        }

        private void assertInvalid(String json, String reason) {
            assertThatThrownBy(() -> FollowUpPlan.parse(json))
                    .isInstanceOf(InvalidFollowUpPlanException.class)
                    .hasMessage(reason);
        }
    }
}
