package no.jobbstotte.placementevents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.jobbstotte.localcloud.LocalCloud;
import no.jobbstotte.localcloud.testing.LocalCloudExtension;
import no.jobbstotte.shared.followup.FollowUpPlan;
import no.jobbstotte.shared.followup.Placement;
import no.jobbstotte.shared.followup.PlacementReducer;
import no.jobbstotte.shared.followup.event.DirectoryEvent.SpecialistDeactivated;
import no.jobbstotte.shared.followup.event.DirectoryEvent.SpecialistUpserted;
import no.jobbstotte.shared.followup.event.PlacementEvent;
import no.jobbstotte.shared.followup.store.DirectoryWrite;
import no.jobbstotte.shared.followup.store.DynamoDirectoryRepository;
import no.jobbstotte.shared.followup.store.DynamoPlacementRepository;
import no.jobbstotte.shared.followup.store.Person;
import no.jobbstotte.shared.followup.store.SaveResult;
import no.jobbstotte.shared.followup.store.SpecialistStatus;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The shared follow-up repositories against the local DynamoDB: conditions and sparse indexes as
 * the emulator evaluates them. Here rather than in shared/, which cannot depend on the local cloud.
 */
class FollowUpStoreIntegrationTest {

    @RegisterExtension
    static final LocalCloudExtension CLOUD = LocalCloudExtension.fromTemplate();

    private static final PlacementReducer REDUCER = new PlacementReducer(FollowUpPlan.defaults());

    private static LocalCloud cloud() {
        return CLOUD.cloud();
    }

    @Nested
    class Placements {
        private final String specialist = "js-" + UUID.randomUUID();
        private final Events events = new Events(specialist);
        private final DynamoPlacementRepository repository =
                new DynamoPlacementRepository(cloud().dynamoDb(), cloud().tableName("PlacementsTable"), REDUCER);

        private Placement placement(String... wire) {
            return REDUCER.replay(List.of(wire).stream().map(w -> (PlacementEvent) Events.parse(w)).toList());
        }

        @Test
        void save_staleRevision_isAConflictAndWritesNothing() {
            Placement referred = placement(events.referred("e1", "2026-03-02T09:00:00Z"));

            assertThat(repository.save(referred, 0, SpecialistStatus.ACTIVE)).isEqualTo(SaveResult.CREATED);
            assertThat(repository.save(referred, 0, SpecialistStatus.ACTIVE)).isEqualTo(SaveResult.CONFLICT);
            assertThat(repository.save(referred, 1, SpecialistStatus.ACTIVE)).isEqualTo(SaveResult.UPDATED);
            assertThat(repository.save(referred, 1, SpecialistStatus.ACTIVE)).isEqualTo(SaveResult.CONFLICT);

            assertThat(repository.load(events.placementId)).get()
                    .satisfies(s -> assertThat(s.revision()).isEqualTo(2))
                    .satisfies(s -> assertThat(s.placement()).isEqualTo(referred));
        }

        @Test
        void save_pausedThenEnded_leavesTheSparseIndexes() {
            String referred = events.referred("e1", "2026-03-02T09:00:00Z");
            String paused = events.paused("e2", "2026-03-03T09:00:00Z");
            repository.save(placement(referred), 0, SpecialistStatus.UNKNOWN);
            assertThat(dueOf(specialist)).containsExactly("2026-03-09#" + events.placementId);
            assertThat(activeOf(specialist)).containsExactly(events.placementId);
            assertThat(orphansOf(Events.TEAM)).contains(events.placementId);

            repository.save(placement(referred, paused), 1, SpecialistStatus.ACTIVE);
            assertThat(dueOf(specialist)).isEmpty();
            assertThat(activeOf(specialist)).containsExactly(events.placementId);
            assertThat(orphansOf(Events.TEAM)).doesNotContain(events.placementId);

            repository.save(placement(referred, paused, events.ended("e3", "2026-03-04T09:00:00Z", "hired_elsewhere")),
                    2, SpecialistStatus.ACTIVE);
            assertThat(activeOf(specialist)).isEmpty();
        }

        private List<String> dueOf(String specialistId) {
            return cloud().dynamoDb().query(r -> r.tableName(cloud().tableName("PlacementsTable"))
                    .indexName("bySpecialistDue").keyConditionExpression("specialistId = :s")
                    .expressionAttributeValues(Map.of(":s", AttributeValue.fromS(specialistId))))
                    .items().stream().map(i -> i.get("dueKey").s()).toList();
        }

        private List<String> activeOf(String specialistId) {
            return cloud().dynamoDb().query(r -> r.tableName(cloud().tableName("PlacementsTable"))
                    .indexName("activeBySpecialist").keyConditionExpression("activeSpecialistId = :s")
                    .expressionAttributeValues(Map.of(":s", AttributeValue.fromS(specialistId))))
                    .items().stream().map(i -> i.get("placementId").s()).toList();
        }

        private List<String> orphansOf(String teamId) {
            return cloud().dynamoDb().query(r -> r.tableName(cloud().tableName("PlacementsTable"))
                    .indexName("byOrphanTeam").keyConditionExpression("orphanTeamId = :t")
                    .expressionAttributeValues(Map.of(":t", AttributeValue.fromS(teamId))))
                    .items().stream().map(i -> i.get("placementId").s()).toList();
        }
    }

    @Nested
    class Directory {
        private static final Instant T1 = Instant.parse("2026-03-02T09:00:00Z");
        private static final Instant T2 = T1.plusMillis(1);
        private static final Instant T3 = T1.plusSeconds(60);

        private final String specialist = "js-" + UUID.randomUUID();
        private final DynamoDirectoryRepository repository =
                new DynamoDirectoryRepository(cloud().dynamoDb(), cloud().tableName("DirectoryTable"));
        private final SpecialistUpserted upserted =
                new SpecialistUpserted("d2", specialist, "Kari Nordmann", "kari@example.no", "t-1", "tl-1");

        @Test
        void writes_olderOrRepeatedEvents_areIgnored() {
            assertThat(repository.upsertSpecialist(upserted, T2)).isEqualTo(DirectoryWrite.APPLIED);
            assertThat(repository.deactivateSpecialist(new SpecialistDeactivated("d1", specialist), T1))
                    .isEqualTo(DirectoryWrite.STALE);
            assertThat(repository.upsertSpecialist(upserted, T2)).isEqualTo(DirectoryWrite.STALE);
            assertThat(repository.find(specialist)).get().extracting(Person::active).isEqualTo(true);

            assertThat(repository.deactivateSpecialist(new SpecialistDeactivated("d3", specialist), T3))
                    .isEqualTo(DirectoryWrite.APPLIED);

            Person person = repository.find(specialist).orElseThrow();
            assertThat(person.active()).isFalse();
            assertThat(person.displayName()).contains("Kari Nordmann");
            assertThat(person.teamId()).contains("t-1");
        }

        @Test
        void writes_sameTime_theGreaterEventIdWins() {
            repository.deactivateSpecialist(new SpecialistDeactivated("d3", specialist), T2);

            assertThat(repository.upsertSpecialist(upserted, T2)).isEqualTo(DirectoryWrite.STALE);
            assertThat(repository.find(specialist)).get().satisfies(p -> {
                assertThat(p.active()).isFalse();
                assertThat(p.role()).isEqualTo(Person.Role.SPECIALIST);
                assertThat(p.displayName()).isEmpty();
            });
        }

        @Test
        void find_unknownPerson_isEmpty() {
            assertThat(repository.find("nobody-" + UUID.randomUUID())).isEmpty();
        }
    }
}
