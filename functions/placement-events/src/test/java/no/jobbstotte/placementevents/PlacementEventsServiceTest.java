package no.jobbstotte.placementevents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import no.jobbstotte.shared.followup.FollowUpPlan;
import no.jobbstotte.shared.followup.Placement;
import no.jobbstotte.shared.followup.PlacementReducer;
import no.jobbstotte.shared.followup.event.DirectoryEvent.SpecialistDeactivated;
import no.jobbstotte.shared.followup.event.DirectoryEvent.SpecialistUpserted;
import no.jobbstotte.shared.followup.event.DirectoryEvent.TeamLeadUpserted;
import no.jobbstotte.shared.followup.event.InvalidPlacementEventException;
import no.jobbstotte.shared.followup.event.PlacementEvent;
import no.jobbstotte.shared.table.directory.DirectoryRepository;
import no.jobbstotte.shared.table.directory.DirectoryWrite;
import no.jobbstotte.shared.table.directory.Person;
import no.jobbstotte.shared.table.placements.PlacementRepository;
import no.jobbstotte.shared.table.placements.SaveResult;
import no.jobbstotte.shared.table.placements.SpecialistStatus;
import no.jobbstotte.shared.table.placements.StoredPlacement;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PlacementEventsServiceTest {

    private static final PlacementReducer REDUCER = new PlacementReducer(FollowUpPlan.defaults());
    private static final Instant NOW = Instant.parse("2026-03-10T07:00:00Z");

    private final FakePlacements placements = new FakePlacements();
    private final FakeDirectory directory = new FakeDirectory();
    private final PlacementEventsService service =
            new PlacementEventsService(placements, directory, REDUCER, Clock.fixed(NOW, ZoneOffset.UTC));
    private final String specialist = "js-" + UUID.randomUUID();
    private final Events events = new Events(specialist);

    private void apply(String json) {
        service.apply(Events.parse(json));
    }

    @Nested
    class PlacementEvents {
        @Test
        void apply_firstEventOfKnownSpecialist_createsPlacementNotOrphaned() {
            apply(Events.specialistUpserted("d1", specialist));

            apply(events.referred("e1", "2026-03-02T09:00:00Z"));

            assertThat(placements.saves).isEqualTo(1);
            assertThat(placements.status.get(events.placementId)).isEqualTo(SpecialistStatus.ACTIVE);
            assertThat(placements.load(events.placementId)).get().extracting(StoredPlacement::revision).isEqualTo(1L);
        }

        @Test
        void apply_sameEventTwice_writesOnlyOnce() {
            apply(events.referred("e1", "2026-03-02T09:00:00Z"));
            apply(events.referred("e1", "2026-03-02T09:00:00Z"));

            assertThat(placements.saves).isEqualTo(1);
        }

        @Test
        void apply_unknownSpecialist_savesPlacementAsOrphan() {
            apply(events.referred("e1", "2026-03-02T09:00:00Z"));

            assertThat(placements.status.get(events.placementId)).isEqualTo(SpecialistStatus.UNKNOWN);
        }

        @Test
        void apply_deactivatedSpecialist_savesPlacementAsOrphan() {
            apply(Events.specialistUpserted("d1", specialist));
            directory.deactivateSpecialist(new SpecialistDeactivated("d2", specialist), NOW.plusSeconds(1));

            apply(events.referred("e1", "2026-03-02T09:00:00Z"));

            assertThat(placements.status.get(events.placementId)).isEqualTo(SpecialistStatus.INACTIVE);
        }

        @Test
        void apply_anotherWriterSavesFirst_reloadsAndKeepsBothEvents() {
            apply(events.referred("e1", "2026-03-02T09:00:00Z"));
            PlacementEvent concurrent = (PlacementEvent) Events.parse(events.paused("e2", "2026-03-03T09:00:00Z"));
            placements.beforeNextSave = () -> {
                StoredPlacement s = placements.load(events.placementId).orElseThrow();
                placements.store(REDUCER.apply(s.placement(), concurrent), s.revision() + 1, SpecialistStatus.UNKNOWN);
            };

            apply(events.trialStarted("e3", "2026-03-05T09:00:00Z", "2026-04-01"));

            StoredPlacement stored = placements.load(events.placementId).orElseThrow();
            assertThat(stored.revision()).isEqualTo(3);
            assertThat(stored.placement().history().events()).extracting(PlacementEvent::eventId)
                    .containsExactly("e1", "e2", "e3");
        }

        @Test
        void apply_conflictOnEveryAttempt_throwsSoSqsRetries() {
            placements.alwaysConflict = true;

            assertThatThrownBy(() -> apply(events.referred("e1", "2026-03-02T09:00:00Z")))
                    .isInstanceOf(ConcurrentPlacementUpdateException.class);
            assertThat(placements.attempts).isEqualTo(PlacementEventsService.MAX_SAVE_ATTEMPTS);
        }

        @Test
        void apply_reducerRejectsTheEvent_isAnInvalidEventForTheDeadLetterQueue() {
            // A stored item under the wrong key is the one way to make the reducer refuse.
            Placement other = REDUCER.apply(null,
                    (PlacementEvent) Events.parse(new Events(specialist).referred("x", "2026-03-01T09:00:00Z")));
            placements.store(other, 1, SpecialistStatus.UNKNOWN, events.placementId);

            assertThatThrownBy(() -> apply(events.referred("e1", "2026-03-02T09:00:00Z")))
                    .isInstanceOf(InvalidPlacementEventException.class);
        }

        @Test
        void apply_seededShufflesWithDuplicates_endInTheSameStoredPlacement() {
            List<String> wire = List.of(
                    events.referred("e1", "2026-03-02T09:00:00Z"),
                    events.trialStarted("e2", "2026-03-05T09:00:00Z", "2026-04-01"),
                    events.followUpDone("e3", "2026-03-06T09:00:00Z", "both"),
                    events.paused("e4", "2026-03-09T09:00:00Z"),
                    events.followUpDone("e5", "2026-03-12T09:00:00Z", "participant"));
            Placement expected = REDUCER.replay(wire.stream().map(w -> (PlacementEvent) Events.parse(w)).toList());
            Random random = new Random(1125L);
            for (int run = 0; run < 50; run++) {
                FakePlacements store = new FakePlacements();
                PlacementEventsService fresh = new PlacementEventsService(store, directory, REDUCER, Clock.systemUTC());
                List<String> deliveries = new ArrayList<>(wire);
                deliveries.addAll(wire.subList(0, random.nextInt(wire.size() + 1)));
                Collections.shuffle(deliveries, random);

                deliveries.forEach(json -> fresh.apply(Events.parse(json)));

                assertThat(store.load(events.placementId).orElseThrow().placement()).as("run %d", run).isEqualTo(expected);
                assertThat(store.saves).as("run %d", run).isEqualTo(wire.size());
            }
        }
    }

    @Nested
    class DirectoryEvents {
        @Test
        void apply_directoryEvents_areStoredWithTheTimeTheyAreApplied() {
            apply(Events.specialistUpserted("d1", specialist));
            assertThat(directory.find(specialist)).get().extracting(Person::active).isEqualTo(true);

            apply(Events.specialistDeactivated("d2", specialist));

            assertThat(directory.find(specialist)).get().extracting(Person::active).isEqualTo(false);
            assertThat(directory.times).containsOnly(NOW);
        }
    }

    /** Keeps items as the DynamoDB repository would: revision-checked saves. */
    static final class FakePlacements implements PlacementRepository {
        final Map<String, StoredPlacement> items = new HashMap<>();
        final Map<String, SpecialistStatus> status = new HashMap<>();
        Runnable beforeNextSave;
        boolean alwaysConflict;
        int saves;
        int attempts;

        @Override
        public Optional<StoredPlacement> load(String placementId) {
            // A copy through the reducer, like the real repository's rebuild from state.
            return Optional.ofNullable(items.get(placementId))
                    .map(s -> new StoredPlacement(REDUCER.replan(s.placement()), s.revision()));
        }

        @Override
        public SaveResult save(Placement placement, long expectedRevision, SpecialistStatus specialist) {
            attempts++;
            if (beforeNextSave != null) {
                Runnable hook = beforeNextSave;
                beforeNextSave = null;
                hook.run();
            }
            long stored = Optional.ofNullable(items.get(placement.placementId())).map(StoredPlacement::revision).orElse(0L);
            if (alwaysConflict || stored != expectedRevision) {
                return SaveResult.CONFLICT;
            }
            saves++;
            store(placement, expectedRevision + 1, specialist);
            return expectedRevision == 0 ? SaveResult.CREATED : SaveResult.UPDATED;
        }

        void store(Placement placement, long revision, SpecialistStatus specialist) {
            store(placement, revision, specialist, placement.placementId());
        }

        void store(Placement placement, long revision, SpecialistStatus specialist, String key) {
            items.put(key, new StoredPlacement(placement, revision));
            status.put(key, specialist);
        }
    }

    static final class FakeDirectory implements DirectoryRepository {
        final Map<String, Person> people = new HashMap<>();
        final List<Instant> times = new ArrayList<>();

        @Override
        public DirectoryWrite upsertSpecialist(SpecialistUpserted e, Instant at) {
            times.add(at);
            people.put(e.specialistId(), new Person(e.specialistId(), Person.Role.SPECIALIST, Optional.of(e.displayName()),
                    Optional.of(e.workEmail()), Optional.of(e.teamId()), Optional.of(e.teamLeadId()), true));
            return DirectoryWrite.APPLIED;
        }

        @Override
        public DirectoryWrite upsertTeamLead(TeamLeadUpserted e, Instant at) {
            times.add(at);
            people.put(e.teamLeadId(), new Person(e.teamLeadId(), Person.Role.TEAM_LEAD, Optional.of(e.displayName()),
                    Optional.of(e.workEmail()), Optional.of(e.teamId()), Optional.empty(), true));
            return DirectoryWrite.APPLIED;
        }

        @Override
        public DirectoryWrite deactivateSpecialist(SpecialistDeactivated e, Instant at) {
            times.add(at);
            Person p = people.getOrDefault(e.specialistId(), new Person(e.specialistId(), Person.Role.SPECIALIST,
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false));
            people.put(e.specialistId(), new Person(p.personId(), p.role(), p.displayName(), p.email(), p.teamId(),
                    p.teamLeadId(), false));
            return DirectoryWrite.APPLIED;
        }

        @Override
        public Optional<Person> find(String personId) {
            return Optional.ofNullable(people.get(personId));
        }
    }
}
