package no.jobbstotte.shared.table.placements;

import static no.jobbstotte.shared.followup.event.TestEvents.ended;
import static no.jobbstotte.shared.followup.event.TestEvents.followUpDone;
import static no.jobbstotte.shared.followup.event.TestEvents.hired;
import static no.jobbstotte.shared.followup.event.TestEvents.paused;
import static no.jobbstotte.shared.followup.event.TestEvents.referred;
import static no.jobbstotte.shared.followup.event.TestEvents.specialistChanged;
import static no.jobbstotte.shared.followup.event.TestEvents.trialExtended;
import static no.jobbstotte.shared.followup.event.TestEvents.trialStarted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import no.jobbstotte.shared.followup.FollowUpPlan;
import no.jobbstotte.shared.followup.Party;
import no.jobbstotte.shared.followup.Phase;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import no.jobbstotte.shared.followup.Placement;
import no.jobbstotte.shared.followup.PlacementReducer;
import no.jobbstotte.shared.followup.event.PlacementEvent;
import no.jobbstotte.shared.followup.event.PlacementEvent.Met;
import no.jobbstotte.shared.followup.event.TestEvents;
import org.junit.jupiter.api.Test;

class PlacementStateJsonTest {

    private static final PlacementReducer REDUCER = new PlacementReducer(FollowUpPlan.defaults());

    @Test
    void write_historyOfEveryEventType_readsBackEqual() {
        Placement p = REDUCER.replay(List.of(
                referred("e1", "2026-03-02T09:00:00Z"),
                trialStarted("e2", "2026-03-05T09:00:00Z", "2026-04-01"),
                trialExtended("e3", "2026-03-20T09:00:00Z", "2026-04-15"),
                followUpDone("e4", "2026-03-06T09:00:00Z", Met.BOTH),
                TestEvents.employerContact("e4b", "2026-03-07T09:00:00Z", true, Optional.of("923609016")),
                paused("e5", "2026-03-21T09:00:00Z"),
                hired("e6", "2026-04-16T09:00:00Z"),
                specialistChanged("e7", "2026-04-17T09:00:00Z", "s-2"),
                ended("e8", "2026-04-20T09:00:00Z", "moved_away")));

        assertThat(PlacementStateJson.read(PlacementStateJson.write(p.history()))).isEqualTo(p.history());
    }

    @Test
    void write_compactedHistory_readsBackEqualAndRebuildsTheSamePlacement() {
        PlacementReducer small = new PlacementReducer(FollowUpPlan.defaults(), Duration.ofDays(10), 3);
        List<PlacementEvent> events = new ArrayList<>();
        events.add(referred("r", "2026-01-05T09:00:00Z"));
        Instant at = Instant.parse("2026-01-06T09:00:00Z");
        for (int i = 0; i < 20; i++) {
            events.add(followUpDone("f" + i, at.plus(Duration.ofDays(3L * i)).toString(), Met.values()[i % 3]));
        }
        Placement p = small.replay(events);
        assertThat(p.history().compacted()).isPresent();

        Placement.History read = PlacementStateJson.read(PlacementStateJson.write(p.history()));

        assertThat(read).isEqualTo(p.history());
        assertThat(PlacementItem.fromItem(PlacementItem.toItem(p, 1, SpecialistStatus.ACTIVE), small).placement())
                .isEqualTo(p);
    }

    @Test
    void write_compactedPostponement_readsBackAndRebuildsTheSamePlacement() {
        PlacementReducer small = new PlacementReducer(FollowUpPlan.defaults(), Duration.ZERO, 1);
        Placement p = small.replay(List.of(referred("r", "2026-03-02T09:00:00Z"),
                TestEvents.postponed("pp", "2026-03-09T07:00:00Z", Party.EMPLOYER, "2026-04-01", "2026-04-08"),
                followUpDone("f", "2026-03-10T09:00:00Z", Met.PARTICIPANT)));
        assertThat(p.history().compacted()).hasValueSatisfying(c -> assertThat(c.state().postponedTo())
                .containsEntry(Party.EMPLOYER, java.time.LocalDate.of(2026, 4, 8)));

        assertThat(PlacementStateJson.read(PlacementStateJson.write(p.history()))).isEqualTo(p.history());
        assertThat(PlacementItem.fromItem(PlacementItem.toItem(p, 1, SpecialistStatus.ACTIVE), small).placement())
                .isEqualTo(p);
    }

    @Test
    void write_compactedEmployerContacts_readsBackAndRebuildsTheSamePlacement() {
        PlacementReducer small = new PlacementReducer(FollowUpPlan.defaults(), Duration.ZERO, 1);
        Placement p = small.replay(List.of(referred("r", "2026-03-02T09:00:00Z"),
                TestEvents.employerContact("c1", "2026-03-03T09:00:00Z", true, Optional.of("923609016")),
                TestEvents.employerContact("c2", "2026-03-04T09:00:00Z", false, Optional.empty()),
                followUpDone("f", "2026-03-05T09:00:00Z", Met.EMPLOYER),
                paused("p", "2026-03-06T09:00:00Z")));
        assertThat(p.history().compacted()).hasValueSatisfying(c -> {
            assertThat(c.state().employerContacts()).hasSize(2);
            assertThat(c.state().firstEmployerContactOn()).contains(LocalDate.of(2026, 3, 3));
            assertThat(c.state().lastFollowUpOn()).contains(LocalDate.of(2026, 3, 5));
        });

        assertThat(PlacementStateJson.read(PlacementStateJson.write(p.history()))).isEqualTo(p.history());
        assertThat(PlacementItem.fromItem(PlacementItem.toItem(p, 1, SpecialistStatus.ACTIVE), small).placement())
                .isEqualTo(p);
    }

    @Test
    void read_snapshotWrittenBeforeEmployerContacts_noneAndTheLastParticipantFollowUp() {
        String before = """
                {"v":1,"compacted":{"through":{"type":"follow_up_done","eventId":"f","placementId":"p-1",
                "specialistId":"s-1","teamId":"t-1","municipalityNumber":"1506","occurredAt":"2026-03-10T09:00:00Z",
                "met":"both"},"state":{"placementId":"p-1","phase":"HIRED","paused":false,"specialistId":"s-1",
                "teamId":"t-1","municipalityNumber":"1506","followUpFrom":"2026-03-01","planVersion":"2026-11",
                "lastEventAt":"2026-03-10T09:00:00Z","referredOn":"2026-02-01","hiredOn":"2026-03-01",
                "lastParticipantFollowUp":"2026-03-10","lastEmployerFollowUp":"2026-03-10"}},"events":[{"type":
                "trial_extended","eventId":"x","placementId":"p-1","specialistId":"s-1","teamId":"t-1",
                "municipalityNumber":"1506","occurredAt":"2026-03-11T09:00:00Z","newEndsOn":"2026-04-01"}]}""";

        Placement.Compacted read = PlacementStateJson.read(before).compacted().orElseThrow();

        assertThat(read.state().employerContacts()).isEmpty();
        assertThat(read.state().firstEmployerContactOn()).isEmpty();
        assertThat(read.state().lastFollowUpOn()).contains(LocalDate.of(2026, 3, 10));
        Placement stored = PlacementItem.fromItem(Map.of("placementId", AttributeValue.fromS("p-1"),
                "state", AttributeValue.fromS(before), "revision", AttributeValue.fromN("7")), REDUCER).placement();
        Placement rebuilt = REDUCER.apply(stored,
                TestEvents.employerContact("c", "2026-03-12T09:00:00Z", true, Optional.empty()));
        assertThat(stored.lastFollowUpOn()).contains(LocalDate.of(2026, 3, 10));
        assertThat(rebuilt.phase()).isEqualTo(Phase.HIRED);
        assertThat(rebuilt.firstEmployerContactOn()).contains(LocalDate.of(2026, 3, 12));
    }

    @Test
    void read_seededRandomHistories_roundTrip() {
        Random random = new Random(20261125L);
        for (int run = 0; run < 200; run++) {
            PlacementReducer reducer = new PlacementReducer(FollowUpPlan.defaults(),
                    Duration.ofDays(random.nextInt(40)), 1 + random.nextInt(8));
            List<PlacementEvent> events = new ArrayList<>();
            Instant at = Instant.parse("2026-02-02T08:00:00Z");
            for (int i = 0; i < 1 + random.nextInt(15); i++) {
                String when = at.plus(Duration.ofHours(random.nextInt(24 * 90))).toString();
                events.add(switch (random.nextInt(6)) {
                    case 4 -> TestEvents.employerContact("e" + i, when, random.nextBoolean(), Optional.empty());
                    case 0 -> referred("e" + i, when);
                    case 1 -> trialStarted("e" + i, when, "2026-06-30");
                    case 2 -> followUpDone("e" + i, when, Met.PARTICIPANT);
                    case 3 -> paused("e" + i, when);
                    default -> TestEvents.resumed("e" + i, when);
                });
            }
            Placement p = reducer.replay(events);
            assertThat(PlacementStateJson.read(PlacementStateJson.write(p.history())))
                    .as("run %d", run).isEqualTo(p.history());
        }
    }

    @Test
    void read_unknownVersion_failsAsCorruptStateNotAsBadEvent() {
        assertThatThrownBy(() -> PlacementStateJson.read("{\"v\":99,\"events\":[]}"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> PlacementStateJson.read("{\"v\":1,\"events\":[{\"type\":\"nope\"}]}"))
                .isInstanceOf(IllegalStateException.class);
    }
}
