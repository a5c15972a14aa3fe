package no.jobbstotte.shared.table.placements;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import no.jobbstotte.localcloud.LocalCloud;
import no.jobbstotte.localcloud.testing.LocalCloudExtension;
import no.jobbstotte.shared.fidelity.FidelityFacts;
import no.jobbstotte.shared.followup.Placement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The placements' readers against the local DynamoDB, over items the writer saved: the due index
 * for the scheduler and the digests, a team's caseload and orphans, and the statistics scan.
 */
class DynamoDbPlacementsTest {

    @RegisterExtension
    static final LocalCloudExtension CLOUD = LocalCloudExtension.fromTemplate();

    private static final String REFERRED_AT = "2026-03-02T09:00:00Z";

    private final LocalCloud cloud = CLOUD.cloud();
    private final String table = cloud.tableName("PlacementsTable");
    private final String specialist = "js-" + UUID.randomUUID();
    private final DynamoDbPlacementRepository writer =
            new DynamoDbPlacementRepository(cloud.dynamoDb(), table, TestPlacement.REDUCER);
    private final DynamoDbPlacements placements = new DynamoDbPlacements(cloud.dynamoDb(), table);

    @Test
    void specialistsDue_onlyFromTheEarliestDueDateOn_acrossEveryShard() {
        saved(referred(), SpecialistStatus.ACTIVE);
        // One other specialist in every shard of the index.
        Map<String, String> byShard = new TreeMap<>();
        Stream.generate(() -> "js-" + UUID.randomUUID()).limit(200)
                .forEach(id -> byShard.putIfAbsent(PlacementItem.dueShard(id), id));
        List<String> others = List.copyOf(byShard.values());
        for (String other : others) {
            TestPlacement events = TestPlacement.of(other);
            saved(events.after(events.referred("e1", REFERRED_AT)), SpecialistStatus.ACTIVE);
        }
        assertThat(others.stream().map(PlacementItem::dueShard).distinct()).hasSize(PlacementItem.DUE_SHARDS);

        assertThat(placements.specialistsDue(LocalDate.parse("2026-03-08"))).doesNotContain(specialist)
                .doesNotContainAnyElementsOf(others);
        assertThat(placements.specialistsDue(LocalDate.parse("2026-03-09"))).contains(specialist)
                .containsAll(others);
    }

    @Test
    void specialistsDue_pausedPlacement_nothing() {
        TestPlacement events = TestPlacement.of(specialist);
        saved(events.after(events.referred("e1", REFERRED_AT), events.paused("e2", "2026-03-03T09:00:00Z")),
                SpecialistStatus.ACTIVE);

        assertThat(placements.specialistsDue(LocalDate.parse("2026-06-01"))).doesNotContain(specialist);
    }

    @Test
    void dueUpTo_everyPartyOfEachPlacementWhoseEarliestDueDateIsReached() {
        Placement first = saved(referred(), SpecialistStatus.ACTIVE);
        TestPlacement later = TestPlacement.of(specialist);
        Placement second = saved(later.after(later.referred("e1", "2026-03-04T09:00:00Z")), SpecialistStatus.ACTIVE);

        assertThat(placements.dueUpTo(specialist, LocalDate.parse("2026-03-08"))).isEmpty();
        assertThat(placements.dueUpTo(specialist, LocalDate.parse("2026-03-09")))
                .containsExactlyElementsOf(DueFollowUp.of(first, Optional.empty()).toList());
        assertThat(placements.dueUpTo(specialist, LocalDate.parse("2026-04-30"))).containsExactlyInAnyOrderElementsOf(
                Stream.concat(DueFollowUp.of(first, Optional.empty()), DueFollowUp.of(second, Optional.empty()))
                        .toList());
    }

    @Test
    void team_perSpecialistTheDueUpToTheDayAndTheCaseload_andTheOrphans() {
        Placement due = saved(referred(), SpecialistStatus.ACTIVE);
        TestPlacement later = TestPlacement.of(specialist);
        saved(later.after(later.referred("e1", "2026-03-04T09:00:00Z")), SpecialistStatus.ACTIVE);
        saved(ended(), SpecialistStatus.ACTIVE);
        String gone = "js-" + UUID.randomUUID();
        TestPlacement orphaned = TestPlacement.of(gone);
        Placement orphan = saved(orphaned.after(orphaned.referred("e1", REFERRED_AT)), SpecialistStatus.UNKNOWN);
        TestPlacement orphanedEnded = TestPlacement.of(gone);
        saved(orphanedEnded.after(orphanedEnded.referred("e1", REFERRED_AT),
                orphanedEnded.ended("e2", "2026-03-05T09:00:00Z", "moved_away")), SpecialistStatus.INACTIVE);

        Caseloads.TeamCaseload team = placements.team(TestPlacement.TEAM, LocalDate.parse("2026-03-09"));

        assertThat(team.dueOf(specialist)).containsExactlyElementsOf(DueFollowUp.of(due, Optional.empty()).toList());
        assertThat(team.activeOf(specialist)).isEqualTo(2);
        assertThat(team.orphans().active()).isEqualTo(1);
        assertThat(team.orphans().due()).containsExactlyElementsOf(DueFollowUp.of(orphan, Optional.empty()).toList());
        assertThat(placements.team("t-" + UUID.randomUUID(), LocalDate.parse("2026-03-09")))
                .isEqualTo(new Caseloads.TeamCaseload(Map.of(), Map.of(), new Caseloads.Orphans(0, List.of())));
    }

    @Test
    void statisticsScan_everyPlacementsMilestonesAndFacts_inOneScan_andAnUnreadableItemCounted() {
        saved(referred(), SpecialistStatus.ACTIVE);
        saved(ended(), SpecialistStatus.UNKNOWN);
        cloud.dynamoDb().putItem(b -> b.tableName(table).item(Map.of(
                "placementId", AttributeValue.fromS("p-" + UUID.randomUUID()),
                "municipalityNumber", AttributeValue.fromS("0301"),
                "referredOn", AttributeValue.fromS("02.03.2026"))));
        List<PlacementMilestones> seen = new ArrayList<>();
        List<FidelityFacts> facts = new ArrayList<>();

        long malformed = placements.forEachPlacement(seen::add, facts::add);

        LocalDate referredOn = LocalDate.parse("2026-03-02");
        // The third item: its date does not parse, and it has neither specialist nor team for the facts.
        assertThat(malformed).isEqualTo(2);
        assertThat(facts).extracting(FidelityFacts::active).containsExactlyInAnyOrder(true, false);
        assertThat(seen).containsExactlyInAnyOrder(
                new PlacementMilestones(TestPlacement.MUNICIPALITY, referredOn, null, null, null),
                new PlacementMilestones(TestPlacement.MUNICIPALITY, referredOn, null, null,
                        LocalDate.parse("2026-03-03")));
    }

    private Placement referred() {
        TestPlacement events = TestPlacement.of(specialist);
        return events.after(events.referred("e1", REFERRED_AT));
    }

    private Placement ended() {
        TestPlacement events = TestPlacement.of(specialist);
        return events.after(events.referred("e1", REFERRED_AT),
                events.ended("e2", "2026-03-03T09:00:00Z", "moved_away"));
    }

    private Placement saved(Placement placement, SpecialistStatus specialistStatus) {
        assertThat(writer.save(placement, 0, specialistStatus)).isEqualTo(SaveResult.CREATED);
        return placement;
    }
}
