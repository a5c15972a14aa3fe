package no.jobbstotte.shared.table.placements;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.jobbstotte.localcloud.LocalCloud;
import no.jobbstotte.localcloud.testing.LocalCloudExtension;
import no.jobbstotte.shared.fidelity.FidelityFacts;
import no.jobbstotte.shared.fidelity.FidelityFacts.EmployerContact;
import no.jobbstotte.shared.followup.Placement;
import no.jobbstotte.shared.followup.event.EventHeader;
import no.jobbstotte.shared.followup.event.PlacementEvent;
import no.jobbstotte.shared.followup.event.PlacementEvent.Met;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * The fidelity readers against the local DynamoDB, over items the writer saved: the {@code byTeamCaseload}
 * index of template.yaml for a team's weekly figures and the statistics scan for the publication.
 */
class DynamoDbFidelityFactsTest {

    @RegisterExtension
    static final LocalCloudExtension CLOUD = LocalCloudExtension.fromTemplate();

    private static final String TEAM = "t-" + UUID.randomUUID();
    private static final String OTHER_TEAM = "t-" + UUID.randomUUID();
    private static final Optional<String> CONTACTED = Optional.of("923609016");

    private final LocalCloud cloud = CLOUD.cloud();
    private final String table = cloud.tableName("PlacementsTable");
    private final DynamoDbPlacementRepository writer =
            new DynamoDbPlacementRepository(cloud.dynamoDb(), table, TestPlacement.REDUCER);
    private final DynamoDbFidelityFacts readers = new DynamoDbFidelityFacts(cloud.dynamoDb(), table);

    @Test
    void ofTeam_everyPlacementOfTheTeamActiveOrEnded_withContactsAndDates() {
        Placement searching = saved(TEAM, (id, at) -> List.of(
                new PlacementEvent.Referred(at.apply("r", "2026-03-02T09:00:00Z")),
                new PlacementEvent.EmployerContact(withOrg(at.apply("c1", "2026-03-04T09:00:00Z")), false),
                new PlacementEvent.EmployerContact(withOrg(at.apply("c2", "2026-03-06T09:00:00Z")), true)));
        Placement ended = saved(TEAM, (id, at) -> List.of(
                new PlacementEvent.Referred(at.apply("r", "2026-01-05T09:00:00Z")),
                new PlacementEvent.Hired(at.apply("h", "2026-02-02T09:00:00Z")),
                new PlacementEvent.FollowUpDone(at.apply("f", "2026-02-16T09:00:00Z"), Met.PARTICIPANT),
                new PlacementEvent.Ended(at.apply("e", "2026-03-02T09:00:00Z"), "job_lost")));
        saved(OTHER_TEAM, (id, at) -> List.of(new PlacementEvent.Referred(at.apply("r", "2026-03-02T09:00:00Z"))));

        List<FidelityFacts> facts = readers.ofTeam(TEAM);

        assertThat(facts).containsExactlyInAnyOrder(
                new FidelityFacts(searching.placementId(), "js-1", TEAM, "1506", true,
                        Optional.of(LocalDate.of(2026, 3, 2)), Optional.empty(), Optional.empty(),
                        Optional.of(LocalDate.of(2026, 3, 6)), Optional.empty(),
                        List.of(new EmployerContact(LocalDate.of(2026, 3, 4), false, "js-1"),
                                new EmployerContact(LocalDate.of(2026, 3, 6), true, "js-1"))),
                new FidelityFacts(ended.placementId(), "js-1", TEAM, "1506", false,
                        Optional.of(LocalDate.of(2026, 1, 5)), Optional.of(LocalDate.of(2026, 2, 2)),
                        Optional.of(LocalDate.of(2026, 3, 2)), Optional.empty(),
                        Optional.of(LocalDate.of(2026, 2, 16)), List.of()));
        assertThat(readers.ofTeam("t-" + UUID.randomUUID())).isEmpty();
    }

    @Test
    void byTeamCaseloadIndex_projectsWhatTheFactsAndTheLeadsDigestNeedButNeverTheState() {
        saved(TEAM, (id, at) -> List.of(new PlacementEvent.Referred(at.apply("r", "2026-03-02T09:00:00Z")),
                new PlacementEvent.EmployerContact(withOrg(at.apply("c", "2026-03-04T09:00:00Z")), true)));

        List<Map<String, AttributeValue>> items = cloud.dynamoDb().query(b -> b.tableName(table)
                .indexName("byTeamCaseload").keyConditionExpression("teamId = :t")
                .expressionAttributeValues(Map.of(":t", AttributeValue.fromS(TEAM)))).items();

        assertThat(items).singleElement().satisfies(item -> assertThat(item)
                .containsKeys("specialistId", "phase", "firstEmployerContactOn", "employerContacts", "dueKey",
                        "participantDue", "participantDueReason")
                .doesNotContainKeys("state", "revision"));
    }

    @Test
    void ofTeamAndScan_manyPages_everyPlacement() {
        for (int i = 0; i < 5; i++) {
            saved(TEAM, (id, at) -> List.of(new PlacementEvent.Referred(at.apply("r", "2026-03-02T09:00:00Z"))));
        }
        DynamoDbClient paging = twoItemsAPage(cloud.dynamoDb());
        List<FidelityFacts> scanned = new ArrayList<>();

        assertThat(new DynamoDbFidelityFacts(paging, table).ofTeam(TEAM)).hasSize(5);
        assertThat(new DynamoDbPlacements(paging, table).team(TEAM, LocalDate.of(2026, 3, 2)).activeOf("js-1"))
                .isEqualTo(5);
        assertThat(new DynamoDbPlacements(paging, table).forEachPlacement(milestones -> {}, scanned::add)).isZero();
        assertThat(scanned).hasSize(5);
    }

    @Test
    void statisticsScan_everyPlacementsFacts_itemsWrittenBeforeContactsReadAsNone_unreadableCounted() {
        Placement saved = saved(TEAM, (id, at) -> List.of(
                new PlacementEvent.Referred(at.apply("r", "2026-03-02T09:00:00Z")),
                new PlacementEvent.InterviewHeld(at.apply("i", "2026-03-09T09:00:00Z"))));
        String old = "p-" + UUID.randomUUID();
        put(Map.of("placementId", s(old), "specialistId", s("js-2"), "teamId", s(OTHER_TEAM),
                "municipalityNumber", s("0301"), "phase", s("HIRED"), "referredOn", s("2025-11-03"),
                "hiredOn", s("2026-01-05"), "state", s("{\"v\":1,\"events\":[]}")));
        put(Map.of("placementId", s("p-" + UUID.randomUUID()), "municipalityNumber", s("0301"),
                "referredOn", s("2026-03-02")));
        put(Map.of("placementId", s("p-" + UUID.randomUUID()), "specialistId", s("js-2"), "teamId", s(OTHER_TEAM),
                "municipalityNumber", s("0301"), "phase", s("REFERRED"),
                "employerContacts", AttributeValue.fromL(List.of(s("04.03.2026#ftf#js-2")))));
        List<FidelityFacts> seen = new ArrayList<>();
        List<PlacementMilestones> milestones = new ArrayList<>();

        long malformed = new DynamoDbPlacements(cloud.dynamoDb(), table).forEachPlacement(milestones::add, seen::add);

        // Both unreadable items have readable stage dates: one scan, each reader skips only what it cannot read.
        assertThat(malformed).isEqualTo(2);
        assertThat(milestones).hasSize(4);
        assertThat(seen).containsExactlyInAnyOrder(
                new FidelityFacts(saved.placementId(), "js-1", TEAM, "1506", true,
                        Optional.of(LocalDate.of(2026, 3, 2)), Optional.empty(), Optional.empty(),
                        Optional.of(LocalDate.of(2026, 3, 9)), Optional.empty(), List.of()),
                new FidelityFacts(old, "js-2", OTHER_TEAM, "0301", true, Optional.of(LocalDate.of(2025, 11, 3)),
                        Optional.of(LocalDate.of(2026, 1, 5)), Optional.empty(), Optional.empty(), Optional.empty(),
                        List.of()));
        assertThat(readers.ofTeam(OTHER_TEAM)).extracting(FidelityFacts::placementId).containsExactly(old);
    }

    /** The events of one new placement of specialist js-1 in {@code team}; {@code at} makes a header. */
    interface History {
        List<PlacementEvent> events(String placementId, java.util.function.BiFunction<String, String, EventHeader> at);
    }

    private Placement saved(String team, History history) {
        String placementId = "p-" + UUID.randomUUID();
        Placement placement = TestPlacement.REDUCER.replay(history.events(placementId, (eventId, at) ->
                new EventHeader(eventId, placementId, "js-1", team, "1506", Optional.empty(), Instant.parse(at))));
        assertThat(writer.save(placement, 0, SpecialistStatus.ACTIVE)).isEqualTo(SaveResult.CREATED);
        return placement;
    }

    private static EventHeader withOrg(EventHeader h) {
        return new EventHeader(h.eventId(), h.placementId(), h.specialistId(), h.teamId(), h.municipalityNumber(),
                CONTACTED, h.occurredAt());
    }

    private void put(Map<String, AttributeValue> item) {
        cloud.dynamoDb().putItem(b -> b.tableName(table).item(item));
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    /** The same client with pages of two items, so that reading every page is what is tested. */
    private static DynamoDbClient twoItemsAPage(DynamoDbClient client) {
        return new DynamoDbClient() {
            @Override
            public QueryResponse query(QueryRequest request) {
                return client.query(request.toBuilder().limit(2).build());
            }

            @Override
            public ScanResponse scan(ScanRequest request) {
                return client.scan(request.toBuilder().limit(2).build());
            }

            @Override
            public String serviceName() {
                return client.serviceName();
            }

            @Override
            public void close() {
            }
        };
    }
}
