package no.jobbstotte.shared.followup.event;

import static no.jobbstotte.shared.followup.event.TestEvents.ORG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import no.jobbstotte.shared.followup.event.DirectoryEvent.SpecialistDeactivated;
import no.jobbstotte.shared.followup.event.DirectoryEvent.SpecialistUpserted;
import no.jobbstotte.shared.followup.event.DirectoryEvent.TeamLeadUpserted;
import no.jobbstotte.shared.followup.event.PlacementEvent.Met;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PlacementEventJsonTest {

    private static final String HEADER = """
            "eventId": "e-1", "placementId": "p-1", "specialistId": "s-1", "teamId": "t-1",
            "municipalityNumber": "1506", "occurredAt": "2026-03-02T09:00:00Z\"""";

    private static String event(String type, String extra) {
        return "{\"type\": \"" + type + "\", " + HEADER + extra + "}";
    }

    private static void assertInvalid(String json, String reason) {
        assertThatThrownBy(() -> PlacementEventJson.parse(json))
                .isExactlyInstanceOf(InvalidPlacementEventException.class)
                .hasMessage(reason);
    }

    @Nested
    class Referred {

        @Test
        void parse_referredWithoutEmployer_headerWithEmptyEmployer() {
            assertThat(PlacementEventJson.parse(event("referred", "")))
                    .isEqualTo(new PlacementEvent.Referred(new EventHeader("e-1", "p-1", "s-1", "t-1", "1506",
                            Optional.empty(), Instant.parse("2026-03-02T09:00:00Z"))));
        }

        @Test
        void parse_employerOrgNumberNull_treatedAsAbsent() {
            PlacementEvent event = (PlacementEvent) PlacementEventJson.parse(
                    event("referred", ", \"employerOrgNumber\": null"));
            assertThat(event.header().employerOrgNumber()).isEmpty();
        }
    }

    @Nested
    class TrialStarted {

        @Test
        void parse_trialStarted_endsOnAndEmployer() {
            PlacementEvent event = (PlacementEvent) PlacementEventJson.parse(event("trial_started",
                    ", \"employerOrgNumber\": \"964951284\", \"endsOn\": \"2026-03-29\""));

            assertThat(event).isInstanceOfSatisfying(PlacementEvent.TrialStarted.class, e -> {
                assertThat(e.endsOn()).isEqualTo(LocalDate.of(2026, 3, 29));
                assertThat(e.header().employerOrgNumber()).contains(ORG);
            });
        }

        @Test
        void parse_trialStartedWithoutEndsOn_namesField() {
            assertInvalid(event("trial_started", ""), "field 'endsOn' is missing");
        }

        @Test
        void parse_endsOnNotADate_namesField() {
            assertInvalid(event("trial_started", ", \"endsOn\": \"29.03.2026\""),
                    "field 'endsOn' must be an ISO-8601 date such as 2026-11-25");
        }
    }

    @Nested
    class FollowUpDone {

        @Test
        void parse_metBoth_both() {
            assertThat(PlacementEventJson.parse(event("follow_up_done", ", \"met\": \"both\"")))
                    .isInstanceOfSatisfying(PlacementEvent.FollowUpDone.class,
                            e -> assertThat(e.met()).isEqualTo(Met.BOTH));
        }

        @Test
        void parse_metUnknown_namesAllowedValues() {
            assertInvalid(event("follow_up_done", ", \"met\": \"PARTICIPANT\""),
                    "field 'met' must be participant, employer or both");
        }
    }

    @Nested
    class FollowUpPostponed {

        private static final String FIELDS = ", \"party\": \"employer\", \"dueOn\": \"2026-12-28\"";

        @Test
        void parse_postponed_partyAndDates() {
            assertThat(PlacementEventJson.parse(event("follow_up_postponed", FIELDS + ", \"newDueOn\": \"2027-01-04\"")))
                    .isEqualTo(new PlacementEvent.FollowUpPostponed(new EventHeader("e-1", "p-1", "s-1", "t-1",
                            "1506", Optional.empty(), Instant.parse("2026-03-02T09:00:00Z")),
                            no.jobbstotte.shared.followup.Party.EMPLOYER, LocalDate.of(2026, 12, 28),
                            LocalDate.of(2027, 1, 4)));
        }

        @Test
        void write_postponed_readsBackEqual() {
            PlacementEvent event = TestEvents.postponed("e-9", "2026-12-28T08:00:00Z",
                    no.jobbstotte.shared.followup.Party.PARTICIPANT, "2026-12-28", "2027-01-05");
            assertThat(PlacementEventJson.parse(PlacementEventJson.write(event))).isEqualTo(event);
        }

        @Test
        void parse_newDueOnNotAfterDueOn_refused() {
            assertInvalid(event("follow_up_postponed", FIELDS + ", \"newDueOn\": \"2026-12-28\""),
                    "field 'newDueOn' must be after 'dueOn'");
        }

        @Test
        void parse_partyBoth_namesAllowedValues() {
            assertInvalid(event("follow_up_postponed", ", \"party\": \"both\", \"dueOn\": \"2026-12-28\", "
                    + "\"newDueOn\": \"2027-01-04\""), "field 'party' must be participant or employer");
        }

        @Test
        void parse_missingOrBadFields_namesField() {
            assertInvalid(event("follow_up_postponed", FIELDS), "field 'newDueOn' is missing");
            assertInvalid(event("follow_up_postponed", FIELDS + ", \"newDueOn\": \"5\""),
                    "field 'newDueOn' must be an ISO-8601 date such as 2026-11-25");
            assertInvalid(event("follow_up_postponed", FIELDS + ", \"newDueOn\": \"2027-01-04\", \"days\": 5"),
                    "field 'days' is not allowed in this event type");
        }
    }

    @Nested
    class EmployerContact {

        private static final EventHeader CONTACTED = new EventHeader("e-1", "p-1", "s-1", "t-1", "1506",
                Optional.of("923609016"), Instant.parse("2026-03-02T09:00:00Z"));

        @Test
        void parse_employerContact_faceToFaceAndContactedEmployer() {
            assertThat(PlacementEventJson.parse(event("employer_contact",
                    ", \"employerOrgNumber\": \"923609016\", \"faceToFace\": true")))
                    .isEqualTo(new PlacementEvent.EmployerContact(CONTACTED, true));
        }

        @Test
        void parse_employerContactWithoutEmployer_otherContact() {
            assertThat(PlacementEventJson.parse(event("employer_contact", ", \"faceToFace\": false")))
                    .isInstanceOfSatisfying(PlacementEvent.EmployerContact.class, e -> {
                        assertThat(e.faceToFace()).isFalse();
                        assertThat(e.header().employerOrgNumber()).isEmpty();
                    });
        }

        @ParameterizedTest
        @MethodSource("writtenEvents")
        void write_employerContact_readsBackEqual(PlacementEvent event) {
            assertThat(PlacementEventJson.parse(PlacementEventJson.write(event))).isEqualTo(event);
        }

        static Stream<PlacementEvent> writtenEvents() {
            return Stream.of(new PlacementEvent.EmployerContact(CONTACTED, true),
                    TestEvents.employerContact("e-2", "2026-03-03T10:15:00Z", false, Optional.empty()));
        }

        @Test
        void parse_faceToFaceMissingOrNull_namesField() {
            assertInvalid(event("employer_contact", ""), "field 'faceToFace' is missing");
            assertInvalid(event("employer_contact", ", \"faceToFace\": null"), "field 'faceToFace' is missing");
        }

        @ParameterizedTest
        @MethodSource("notBooleans")
        void parse_faceToFaceNotABoolean_mustBeTrueOrFalse(String value) {
            assertInvalid(event("employer_contact", ", \"faceToFace\": " + value),
                    "field 'faceToFace' must be true or false");
        }

        static Stream<String> notBooleans() {
            return Stream.of("\"true\"", "1", "0", "\"ja\"", "[]", "{}");
        }

        @Test
        void parse_contactedOrgNumberInvalid_namesField() {
            assertInvalid(event("employer_contact", ", \"employerOrgNumber\": \"923609017\", \"faceToFace\": true"),
                    "field 'employerOrgNumber' has a wrong check digit");
            assertInvalid(event("employer_contact", ", \"employerOrgNumber\": \"92360901x\", \"faceToFace\": true"),
                    "field 'employerOrgNumber' must be nine digits");
            assertInvalid(event("employer_contact", ", \"employerOrgNumber\": 923609016, \"faceToFace\": true"),
                    "field 'employerOrgNumber' must be a string");
        }

        @Test
        void parse_fieldOfAnotherEventType_namesIt() {
            assertInvalid(event("employer_contact", ", \"faceToFace\": true, \"met\": \"employer\""),
                    "field 'met' is not allowed in this event type");
            assertInvalid(event("follow_up_done", ", \"met\": \"employer\", \"faceToFace\": true"),
                    "field 'faceToFace' is not allowed in this event type");
        }
    }

    @Nested
    class SpecialistChanged {

        @Test
        void parse_specialistChanged_newSpecialistId() {
            assertThat(PlacementEventJson.parse(event("specialist_changed", ", \"newSpecialistId\": \"s-2\"")))
                    .isInstanceOfSatisfying(PlacementEvent.SpecialistChanged.class,
                            e -> assertThat(e.newSpecialistId()).isEqualTo("s-2"));
        }

        @Test
        void parse_newSpecialistIdNotAnId_namesField() {
            assertInvalid(event("specialist_changed", ", \"newSpecialistId\": \"Kari Nordmann\""),
                    "field 'newSpecialistId' must be an id of 1-128 letters, digits or . _ : -");
        }
    }

    @Nested
    class Ended {

        @Test
        void parse_ended_reasonCode() {
            assertThat(PlacementEventJson.parse(event("ended", ", \"reason\": \"job_lost\"")))
                    .isInstanceOfSatisfying(PlacementEvent.Ended.class,
                            e -> assertThat(e.reason()).isEqualTo("job_lost"));
        }

        @Test
        void parse_reasonFreeText_rejectedWithoutQuotingIt() {
            assertInvalid(event("ended", ", \"reason\": \"Ola ble syk\""),
                    "field 'reason' must be a lower-case code of at most 40 characters");
        }
    }

    @Nested
    class DirectoryEvents {

        @Test
        void parse_specialistUpserted_allFields() {
            assertThat(PlacementEventJson.parse("""
                    {"type": "specialist_upserted", "eventId": "d-1", "specialistId": "s-1",
                     "displayName": "Kari Nordmann", "workEmail": "kari@nav.example",
                     "teamId": "t-1", "teamLeadId": "l-1"}"""))
                    .isEqualTo(new SpecialistUpserted("d-1", "s-1", "Kari Nordmann", "kari@nav.example", "t-1", "l-1"));
        }

        @Test
        void parse_specialistDeactivated_ids() {
            assertThat(PlacementEventJson.parse(
                    "{\"type\": \"specialist_deactivated\", \"eventId\": \"d-2\", \"specialistId\": \"s-1\"}"))
                    .isEqualTo(new SpecialistDeactivated("d-2", "s-1"));
        }

        @Test
        void parse_teamLeadUpserted_allFields() {
            assertThat(PlacementEventJson.parse("""
                    {"type": "team_lead_upserted", "eventId": "d-3", "teamLeadId": "l-1", "teamId": "t-1",
                     "displayName": "Lise Leder", "workEmail": "lise@nav.example"}"""))
                    .isEqualTo(new TeamLeadUpserted("d-3", "l-1", "t-1", "Lise Leder", "lise@nav.example"));
        }

        @Test
        void parse_specialistWithPlacementField_rejected() {
            assertInvalid("""
                    {"type": "specialist_deactivated", "eventId": "d-2", "specialistId": "s-1",
                     "placementId": "p-1"}""", "field 'placementId' is not allowed in this event type");
        }

        @Test
        void parse_invalidEmail_rejectedWithoutQuotingIt() {
            assertThatThrownBy(() -> PlacementEventJson.parse("""
                    {"type": "team_lead_upserted", "eventId": "d-3", "teamLeadId": "l-1", "teamId": "t-1",
                     "displayName": "Lise Leder", "workEmail": "lise.leder at nav"}"""))
                    .isInstanceOf(InvalidPlacementEventException.class)
                    .hasMessage("field 'workEmail' must be an e-mail address")
                    .message().doesNotContain("lise");
        }

        @Test
        void parse_displayNameWithControlCharacter_rejected() {
            assertInvalid("""
                    {"type": "team_lead_upserted", "eventId": "d-3", "teamLeadId": "l-1", "teamId": "t-1",
                     "displayName": "Lise\\u0007", "workEmail": "lise@nav.example"}""",
                    "field 'displayName' must be 1-200 characters without control characters");
        }
    }

    @Nested
    class Header {

        @Test
        void parse_missingEventId_namesField() {
            assertInvalid(event("referred", "").replace("\"eventId\": \"e-1\", ", ""), "field 'eventId' is missing");
        }

        @Test
        void parse_municipalityThreeDigits_namesField() {
            assertInvalid(event("referred", "").replace("\"1506\"", "\"150\""),
                    "field 'municipalityNumber' must be four digits");
        }

        @Test
        void parse_municipalityAsNumber_mustBeString() {
            assertInvalid(event("referred", "").replace("\"1506\"", "1506"),
                    "field 'municipalityNumber' must be a string");
        }

        @Test
        void parse_orgNumberWrongCheckDigit_rejected() {
            assertInvalid(event("referred", ", \"employerOrgNumber\": \"964951285\""),
                    "field 'employerOrgNumber' has a wrong check digit");
        }

        @Test
        void parse_orgNumberEightDigits_rejected() {
            assertInvalid(event("referred", ", \"employerOrgNumber\": \"96495128\""),
                    "field 'employerOrgNumber' must be nine digits");
        }

        @Test
        void parse_occurredAtWithoutZone_rejected() {
            assertInvalid(event("referred", "").replace("2026-03-02T09:00:00Z", "2026-03-02T09:00:00"),
                    "field 'occurredAt' must be an ISO-8601 instant such as 2026-11-25T07:00:00Z");
        }

        @Test
        void parse_unknownField_namesIt() {
            assertInvalid(event("referred", ", \"participantName\": \"Ola\""),
                    "field 'participantName' is not allowed in this event type");
        }

        @Test
        void parse_unknownFieldNameLooksLikeData_notQuoted() {
            assertInvalid(event("referred", ", \"Ola Nordmann 01019012345\": true"),
                    "a field is not allowed in this event type");
        }

        @Test
        void parse_fieldOfAnotherType_rejected() {
            assertInvalid(event("hired", ", \"endsOn\": \"2026-03-29\""),
                    "field 'endsOn' is not allowed in this event type");
        }
    }

    @Nested
    class Envelope {

        @Test
        void parse_null_bodyMissing() {
            assertInvalid(null, "body is missing");
        }

        @Test
        void parse_malformedJson_doesNotQuoteInput() {
            assertThatThrownBy(() -> PlacementEventJson.parse("{\"type\": \"referred\", \"name\": \"Ola Nordm"))
                    .isInstanceOf(InvalidPlacementEventException.class)
                    .hasMessage("body is not well-formed JSON")
                    .hasNoCause();
        }

        @Test
        void parse_array_mustBeObject() {
            assertInvalid("[]", "body must be a JSON object");
        }

        @Test
        void parse_emptyBody_mustBeObject() {
            assertInvalid("", "body must be a JSON object");
        }

        @Test
        void parse_duplicateKey_notWellFormed() {
            assertInvalid(event("referred", ", \"eventId\": \"e-2\""), "body is not well-formed JSON");
        }

        @Test
        void parse_trailingTokens_notWellFormed() {
            assertInvalid(event("referred", "") + " {}", "body is not well-formed JSON");
        }

        @Test
        void parse_missingType_namesField() {
            assertInvalid("{\"eventId\": \"e-1\"}", "field 'type' is missing or not a string");
        }

        @Test
        void parse_unknownType_notQuoted() {
            assertInvalid(event("referred_by_Ola", ""), "field 'type' is not a known event type");
        }

        @Test
        void parse_invalidEvent_isAnInvalidMessageForTheDeadLetterQueue() {
            assertThatThrownBy(() -> PlacementEventJson.parse("[]"))
                    .isInstanceOf(no.jobbstotte.shared.batch.InvalidMessageException.class);
        }
    }

    @Nested
    class Write {

        static Stream<InboundEvent> everyType() {
            String at = "2026-03-02T09:00:00Z";
            return Stream.of(
                    TestEvents.referred("e-1", at),
                    TestEvents.interviewHeld("e-2", at),
                    TestEvents.trialStarted("e-3", at, "2026-03-29"),
                    TestEvents.trialExtended("e-4", at, "2026-04-12"),
                    TestEvents.hired("e-5", at),
                    TestEvents.followUpDone("e-6", at, Met.EMPLOYER),
                    TestEvents.paused("e-7", at),
                    TestEvents.resumed("e-8", at),
                    TestEvents.specialistChanged("e-9", at, "s-2"),
                    TestEvents.ended("e-10", at, "job_lost"),
                    new SpecialistUpserted("d-1", "s-1", "Kari Nordmann", "kari@nav.example", "t-1", "l-1"),
                    new SpecialistDeactivated("d-2", "s-1"),
                    new TeamLeadUpserted("d-3", "l-1", "t-1", "Lise Leder", "lise@nav.example"));
        }

        @ParameterizedTest
        @MethodSource("everyType")
        void write_anyEvent_parsesBackEqual(InboundEvent event) {
            assertThat(PlacementEventJson.parse(PlacementEventJson.write(event))).isEqualTo(event);
        }

        @Test
        void write_trialStarted_exactWireFormat() {
            assertThat(PlacementEventJson.write(TestEvents.trialStarted("e-3", "2026-03-02T09:00:00Z", "2026-03-29")))
                    .isEqualTo("{\"type\":\"trial_started\",\"eventId\":\"e-3\",\"placementId\":\"p-1\","
                            + "\"specialistId\":\"s-1\",\"teamId\":\"t-1\",\"municipalityNumber\":\"1506\","
                            + "\"employerOrgNumber\":\"964951284\",\"occurredAt\":\"2026-03-02T09:00:00Z\","
                            + "\"endsOn\":\"2026-03-29\"}");
        }
    }
}
