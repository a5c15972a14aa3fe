package no.jobbstotte.shared.table.placements;

import static no.jobbstotte.shared.table.placements.PlacementItem.BY_DUE_DATE;
import static no.jobbstotte.shared.table.placements.PlacementItem.BY_SPECIALIST_DUE;
import static no.jobbstotte.shared.table.placements.PlacementItem.BY_TEAM_CASELOAD;
import static no.jobbstotte.shared.table.placements.PlacementItem.DUE_KEY;
import static no.jobbstotte.shared.table.placements.PlacementItem.DUE_SHARD;
import static no.jobbstotte.shared.table.placements.PlacementItem.MUNICIPALITY_NUMBER;
import static no.jobbstotte.shared.table.placements.PlacementItem.PLACEMENT_ID;
import static no.jobbstotte.shared.table.placements.PlacementItem.TEAM_ID;
import static no.jobbstotte.shared.table.placements.PlacementItem.ORPHAN_TEAM_ID;
import static no.jobbstotte.shared.table.placements.PlacementItem.SPECIALIST_ID;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import no.jobbstotte.shared.fidelity.FidelityFacts;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The PlacementsTable's readers on the low-level client: the sparse indexes for the scheduler and
 * the digests, and one scan for the statistics. Each reads only the attributes its caller uses.
 */
public final class DynamoDbPlacements implements DueCheck, Caseloads, StatisticsScan, FollowUpLookup {

    /** What the team lead's digest reads of each item of the team: the due follow-ups, the phase, the orphan mark. */
    private static final Map<String, String> TEAM_CASELOAD_NAMES = teamCaseloadNames();

    private final DynamoDbClient dynamoDb;
    private final String table;

    public DynamoDbPlacements(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = Objects.requireNonNull(dynamoDb);
        this.table = Objects.requireNonNull(table);
    }

    /** Every shard of the due-date index, page by page, reading only the specialist of each due placement. */
    @Override
    public Set<String> specialistsDue(LocalDate date) {
        Set<String> due = new HashSet<>();
        for (int shard = 0; shard < PlacementItem.DUE_SHARDS; shard++) {
            String partition = Integer.toString(shard);
            dynamoDb.queryPaginator(b -> b.tableName(table)
                            .indexName(BY_DUE_DATE)
                            .keyConditionExpression(DUE_SHARD + " = :shard AND " + DUE_KEY + " <= :upTo")
                            .expressionAttributeValues(Map.of(":shard", AttributeValue.fromS(partition),
                                    ":upTo", AttributeValue.fromS(PlacementItem.dueKeyUpTo(date))))
                            .projectionExpression(SPECIALIST_ID))
                    .items().forEach(item -> due.add(item.get(SPECIALIST_ID).s()));
        }
        return due;
    }

    @Override
    public List<DueFollowUp> dueUpTo(String specialistId, LocalDate lastDay) {
        return dynamoDb.queryPaginator(b -> b.tableName(table).indexName(BY_SPECIALIST_DUE)
                        .keyConditionExpression("#specialistId = :id AND #dueKey <= :upTo")
                        .projectionExpression(DueFollowUpItem.PROJECTION)
                        .expressionAttributeNames(DueFollowUpItem.ATTRIBUTE_NAMES)
                        .expressionAttributeValues(Map.of(":id", AttributeValue.fromS(specialistId),
                                ":upTo", AttributeValue.fromS(PlacementItem.dueKeyUpTo(lastDay)))))
                .items().stream().flatMap(item -> DueFollowUpItem.dueFollowUps(item).stream()).toList();
    }

    @Override
    public TeamCaseload team(String teamId, LocalDate lastDay) {
        String upTo = PlacementItem.dueKeyUpTo(lastDay);
        Map<String, List<DueFollowUp>> due = new HashMap<>();
        Map<String, Integer> active = new HashMap<>();
        int orphansActive = 0;
        List<DueFollowUp> orphansDue = new ArrayList<>();
        for (Map<String, AttributeValue> item : dynamoDb.queryPaginator(b -> b.tableName(table)
                .indexName(BY_TEAM_CASELOAD)
                .keyConditionExpression("#teamId = :team")
                .projectionExpression(DueFollowUpItem.PROJECTION + ", #teamId, #orphanTeamId")
                .expressionAttributeNames(TEAM_CASELOAD_NAMES)
                .expressionAttributeValues(Map.of(":team", AttributeValue.fromS(teamId)))).items()) {
            String specialistId = PlacementItem.text(item, SPECIALIST_ID);
            String dueKey = PlacementItem.text(item, DUE_KEY);
            boolean ended = DueFollowUpItem.isEnded(item);
            // As the specialist's own index reads them: every placement of theirs, orphaned or not.
            if (specialistId != null && dueKey != null && dueKey.compareTo(upTo) <= 0) {
                due.computeIfAbsent(specialistId, s -> new ArrayList<>()).addAll(DueFollowUpItem.dueFollowUps(item));
            }
            if (specialistId != null && !ended) {
                active.merge(specialistId, 1, Integer::sum);
            }
            if (item.containsKey(ORPHAN_TEAM_ID) && !ended) {
                orphansActive++;
                orphansDue.addAll(DueFollowUpItem.dueFollowUps(item));
            }
        }
        return new TeamCaseload(due, active, new Orphans(orphansActive, orphansDue));
    }

    @Override
    public long forEachPlacement(Consumer<PlacementMilestones> milestones, Consumer<FidelityFacts> fidelity) {
        long malformed = 0;
        for (Map<String, AttributeValue> item : dynamoDb.scanPaginator(b -> b.tableName(table)
                .projectionExpression(StatisticsItem.PROJECTION)
                .expressionAttributeNames(StatisticsItem.ATTRIBUTE_NAMES)).items()) {
            Optional<PlacementMilestones> stages = parsed(() -> MilestonesItem.milestones(item));
            Optional<FidelityFacts> facts = parsed(() -> FidelityItem.facts(item));
            stages.ifPresent(milestones);
            facts.ifPresent(fidelity);
            malformed += (stages.isEmpty() ? 1 : 0) + (facts.isEmpty() ? 1 : 0);
        }
        return malformed;
    }

    private static Map<String, String> teamCaseloadNames() {
        Map<String, String> names = new HashMap<>(DueFollowUpItem.ATTRIBUTE_NAMES);
        names.put("#teamId", TEAM_ID);
        names.put("#orphanTeamId", ORPHAN_TEAM_ID);
        return Map.copyOf(names);
    }

    /** Empty when the item's attributes do not parse: a malformed item is skipped, not fatal. */
    private static <T> Optional<T> parsed(Supplier<T> parse) {
        try {
            return Optional.of(parse.get());
        } catch (DateTimeParseException | FidelityItem.MalformedItemException e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<PlacementFollowUps> find(String placementId) {
        Map<String, String> names = new HashMap<>(DueFollowUpItem.ATTRIBUTE_NAMES);
        names.put("#teamId", TEAM_ID);
        names.put("#municipalityNumber", MUNICIPALITY_NUMBER);
        Map<String, AttributeValue> item = dynamoDb.getItem(b -> b.tableName(table).consistentRead(true)
                .key(Map.of(PLACEMENT_ID, AttributeValue.fromS(placementId)))
                .projectionExpression(DueFollowUpItem.PROJECTION + ", #teamId, #municipalityNumber")
                .expressionAttributeNames(names)).item();
        if (item == null || item.isEmpty() || PlacementItem.text(item, SPECIALIST_ID) == null
                || PlacementItem.text(item, TEAM_ID) == null || PlacementItem.text(item, MUNICIPALITY_NUMBER) == null) {
            return Optional.empty();
        }
        return Optional.of(new PlacementFollowUps(placementId, PlacementItem.text(item, SPECIALIST_ID),
                PlacementItem.text(item, TEAM_ID), PlacementItem.text(item, MUNICIPALITY_NUMBER),
                DueFollowUpItem.dueFollowUps(item)));
    }
}
