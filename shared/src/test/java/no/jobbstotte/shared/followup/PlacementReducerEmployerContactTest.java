package no.jobbstotte.shared.followup;

import static no.jobbstotte.shared.followup.event.TestEvents.employerContact;
import static no.jobbstotte.shared.followup.event.TestEvents.followUpDone;
import static no.jobbstotte.shared.followup.event.TestEvents.hired;
import static no.jobbstotte.shared.followup.event.TestEvents.interviewHeld;
import static no.jobbstotte.shared.followup.event.TestEvents.referred;
import static no.jobbstotte.shared.followup.event.TestEvents.specialistChanged;
import static no.jobbstotte.shared.followup.event.TestEvents.trialStarted;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.jobbstotte.shared.fidelity.FidelityFacts;
import no.jobbstotte.shared.fidelity.FidelityFacts.EmployerContact;
import no.jobbstotte.shared.followup.event.PlacementEvent;
import no.jobbstotte.shared.followup.event.PlacementEvent.Met;
import no.jobbstotte.shared.followup.event.TestEvents;
import org.junit.jupiter.api.Test;

/** The derived state the IPS fidelity indicators read: employer contacts, first contact, last follow-up. */
class PlacementReducerEmployerContactTest {

    private static final PlacementReducer REDUCER = new PlacementReducer(FollowUpPlan.defaults());
    private static final Optional<String> OTHER_EMPLOYER = Optional.of("923609016");
    private static final PlacementEvent REFERRED = referred("e-01", "2026-03-02T09:00:00Z");

    private static Placement replay(PlacementEvent... events) {
        return REDUCER.replay(List.of(events));
    }

    @Test
    void apply_contactWithAnotherEmployer_placementKeepsItsEmployer() {
        PlacementEvent trial = trialStarted("e-02", "2026-03-16T09:00:00Z", "2026-04-12");

        Placement p = replay(REFERRED, trial, employerContact("e-03", "2026-03-20T09:00:00Z", true, OTHER_EMPLOYER));

        assertThat(p.employerOrgNumber()).contains(TestEvents.ORG);
        assertThat(replay(REFERRED, employerContact("e-03", "2026-03-05T09:00:00Z", true, OTHER_EMPLOYER))
                .employerOrgNumber()).isEmpty();
    }

    @Test
    void apply_contact_recordedOnTheOsloDateForTheSpecialist_dueDatesUnchanged() {
        Placement p = replay(REFERRED, employerContact("e-02", "2026-03-03T23:30:00Z", false, OTHER_EMPLOYER),
                specialistChanged("e-03", "2026-03-05T09:00:00Z", "s-2"));

        assertThat(p.employerContacts()).containsExactly(new EmployerContact(LocalDate.of(2026, 3, 4), false, "s-1"));
        assertThat(p.nextEmployerDue()).isEqualTo(replay(REFERRED,
                specialistChanged("e-03", "2026-03-05T09:00:00Z", "s-2")).nextEmployerDue());
        assertThat(p.lastEmployerFollowUp()).isEmpty();
    }

    @Test
    void firstEmployerContactOn_firstFaceToFaceContactOrInterview_otherContactsDoNotCount() {
        Placement p = replay(REFERRED, employerContact("e-02", "2026-03-04T09:00:00Z", false, OTHER_EMPLOYER),
                employerContact("e-03", "2026-03-10T09:00:00Z", true, OTHER_EMPLOYER),
                employerContact("e-04", "2026-03-12T09:00:00Z", true, Optional.empty()));

        assertThat(p.firstEmployerContactOn()).contains(LocalDate.of(2026, 3, 10));
        assertThat(replay(REFERRED, interviewHeld("e-02", "2026-03-09T09:00:00Z"),
                employerContact("e-03", "2026-03-10T09:00:00Z", true, OTHER_EMPLOYER)).firstEmployerContactOn())
                .contains(LocalDate.of(2026, 3, 9));
        assertThat(replay(REFERRED, employerContact("e-02", "2026-03-04T09:00:00Z", false, OTHER_EMPLOYER))
                .firstEmployerContactOn()).isEmpty();
    }

    @Test
    void firstEmployerContactOn_contactBeforeTheLastReferral_notCounted() {
        Placement p = replay(employerContact("e-00", "2026-03-01T09:00:00Z", true, OTHER_EMPLOYER), REFERRED);
        Placement again = replay(REFERRED, interviewHeld("e-02", "2026-03-09T09:00:00Z"),
                referred("e-03", "2026-06-01T09:00:00Z"),
                employerContact("e-04", "2026-06-15T09:00:00Z", true, OTHER_EMPLOYER));

        assertThat(p.firstEmployerContactOn()).isEmpty();
        assertThat(again.firstEmployerContactOn()).contains(LocalDate.of(2026, 6, 15));
    }

    @Test
    void lastFollowUpOn_lastFollowUpDoneWhoeverWasMet_notAnInterview() {
        Placement p = replay(REFERRED, followUpDone("e-02", "2026-03-09T09:00:00Z", Met.PARTICIPANT),
                followUpDone("e-03", "2026-03-16T09:00:00Z", Met.EMPLOYER),
                interviewHeld("e-04", "2026-03-18T09:00:00Z"),
                employerContact("e-05", "2026-03-19T09:00:00Z", true, OTHER_EMPLOYER));

        assertThat(p.lastFollowUpOn()).contains(LocalDate.of(2026, 3, 16));
        assertThat(replay(REFERRED, interviewHeld("e-02", "2026-03-09T09:00:00Z")).lastFollowUpOn()).isEmpty();
    }

    @Test
    void employerContacts_onlyTheWindowBeforeTheNewest_boundaryKept() {
        LocalDate newest = LocalDate.of(2026, 9, 1);
        LocalDate edge = newest.minusDays(FidelityFacts.CONTACT_WINDOW_DAYS);

        Placement p = replay(REFERRED, contactOn("e-02", edge.minusDays(1)), contactOn("e-03", edge),
                contactOn("e-04", newest));

        assertThat(p.employerContacts()).extracting(EmployerContact::on).containsExactly(edge, newest);
    }

    @Test
    void employerContacts_atMostTheCap_newestKept() {
        List<PlacementEvent> events = new ArrayList<>(List.of(REFERRED));
        for (int i = 0; i <= PlacementReducer.MAX_CONTACTS; i++) {
            events.add(employerContact("c-" + i, Instant.parse("2026-03-03T07:00:00Z").plusSeconds(i * 60L).toString(),
                    i == 0, OTHER_EMPLOYER));
        }

        Placement p = REDUCER.replay(events);

        assertThat(p.employerContacts()).hasSize(PlacementReducer.MAX_CONTACTS)
                .allMatch(c -> !c.faceToFace());
        assertThat(p.firstEmployerContactOn()).contains(LocalDate.of(2026, 3, 3));
    }

    @Test
    void compaction_derivedStateAsWithoutCompaction() {
        PlacementReducer small = new PlacementReducer(FollowUpPlan.defaults(), Duration.ofDays(10), 2);
        List<PlacementEvent> events = List.of(REFERRED, employerContact("e-02", "2026-03-04T09:00:00Z", true,
                        OTHER_EMPLOYER), followUpDone("e-03", "2026-03-09T09:00:00Z", Met.BOTH),
                hired("e-04", "2026-04-13T08:00:00Z"), contactOn("e-05", LocalDate.of(2026, 5, 4)),
                contactOn("e-06", LocalDate.of(2026, 5, 5)));

        Placement compacted = small.replay(events);

        assertThat(compacted.history().compacted()).isPresent();
        assertThat(compacted).usingRecursiveComparison().ignoringFields("history").isEqualTo(REDUCER.replay(events));
        assertThat(compacted.employerContacts()).hasSize(3);
        assertThat(compacted.firstEmployerContactOn()).contains(LocalDate.of(2026, 3, 4));
        assertThat(compacted.lastFollowUpOn()).contains(LocalDate.of(2026, 3, 9));
    }

    private static PlacementEvent contactOn(String id, LocalDate day) {
        return employerContact(id, day + "T09:00:00Z", false, OTHER_EMPLOYER);
    }
}
