package no.jobbstotte.shared.table.placements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.jobbstotte.localcloud.LocalCloud;
import no.jobbstotte.localcloud.testing.LocalCloudExtension;
import no.jobbstotte.shared.followup.Placement;
import no.jobbstotte.shared.followup.event.PlacementEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The placements' writer against the local DynamoDB: the revision condition and the sparse
 * indexes as the emulator evaluates them.
 */
class DynamoDbPlacementRepositoryTest {

    @RegisterExtension
    static final LocalCloudExtension CLOUD = LocalCloudExtension.fromTemplate();

    private final LocalCloud cloud = CLOUD.cloud();
    private final String table = cloud.tableName("PlacementsTable");
    private final String specialist = "js-" + UUID.randomUUID();
    private final TestPlacement events = TestPlacement.of(specialist);
    private final DynamoDbPlacementRepository repository =
            new DynamoDbPlacementRepository(cloud.dynamoDb(), table, TestPlacement.REDUCER);

    @Test
    void save_staleRevision_isAConflictAndWritesNothing() {
        Placement referred = events.after(events.referred("e1", "2026-03-02T09:00:00Z"));

        assertThat(repository.save(referred, 0, SpecialistStatus.ACTIVE)).isEqualTo(SaveResult.CREATED);
        assertThat(repository.save(referred, 0, SpecialistStatus.ACTIVE)).isEqualTo(SaveResult.CONFLICT);
        assertThat(repository.save(referred, 1, SpecialistStatus.ACTIVE)).isEqualTo(SaveResult.UPDATED);
        assertThat(repository.save(referred, 1, SpecialistStatus.ACTIVE)).isEqualTo(SaveResult.CONFLICT);

        assertThat(repository.load(events.placementId())).get()
                .satisfies(s -> assertThat(s.revision()).isEqualTo(2))
                .satisfies(s -> assertThat(s.placement()).isEqualTo(referred));
    }

    @Test
    void save_pausedThenEnded_leavesTheSparseIndexes() {
        PlacementEvent referred = events.referred("e1", "2026-03-02T09:00:00Z");
        PlacementEvent paused = events.paused("e2", "2026-03-03T09:00:00Z");
        repository.save(events.after(referred), 0, SpecialistStatus.UNKNOWN);
        assertThat(dueOf(specialist)).containsExactly("2026-03-09#" + events.placementId());
        assertThat(activeOf(specialist)).containsExactly(events.placementId());
        assertThat(orphansOf(TestPlacement.TEAM)).contains(events.placementId());

        repository.save(events.after(referred, paused), 1, SpecialistStatus.ACTIVE);
        assertThat(dueOf(specialist)).isEmpty();
        assertThat(activeOf(specialist)).containsExactly(events.placementId());
        assertThat(orphansOf(TestPlacement.TEAM)).doesNotContain(events.placementId());

        repository.save(events.after(referred, paused, events.ended("e3", "2026-03-04T09:00:00Z", "hired_elsewhere")),
                2, SpecialistStatus.ACTIVE);
        assertThat(activeOf(specialist)).isEmpty();
    }

    @Test
    void load_unknownPlacement_isEmpty() {
        assertThat(repository.load("p-" + UUID.randomUUID())).isEmpty();
    }

    private List<String> dueOf(String specialistId) {
        return cloud.dynamoDb().query(r -> r.tableName(table)
                .indexName("bySpecialistDue").keyConditionExpression("specialistId = :s")
                .expressionAttributeValues(Map.of(":s", AttributeValue.fromS(specialistId))))
                .items().stream().map(i -> i.get("dueKey").s()).toList();
    }

    private List<String> activeOf(String specialistId) {
        return cloud.dynamoDb().query(r -> r.tableName(table)
                .indexName("activeBySpecialist").keyConditionExpression("activeSpecialistId = :s")
                .expressionAttributeValues(Map.of(":s", AttributeValue.fromS(specialistId))))
                .items().stream().map(i -> i.get("placementId").s()).toList();
    }

    private List<String> orphansOf(String teamId) {
        return cloud.dynamoDb().query(r -> r.tableName(table)
                .indexName("byOrphanTeam").keyConditionExpression("orphanTeamId = :t")
                .expressionAttributeValues(Map.of(":t", AttributeValue.fromS(teamId))))
                .items().stream().map(i -> i.get("placementId").s()).toList();
    }
}
