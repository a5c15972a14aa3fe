package no.jobbstotte.remindersender;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.jobbstotte.shared.followup.digest.DigestItem;
import no.jobbstotte.shared.followup.reminders.PlacementItems;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Select;

final class DynamoDbPlacements implements Placements {

    private final DynamoDbClient dynamoDb;
    private final String table;

    DynamoDbPlacements(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
    }

    @Override
    public List<DigestItem> dueUpTo(String specialistId, LocalDate lastDay) {
        return dynamoDb.queryPaginator(b -> b.tableName(table).indexName(PlacementItems.BY_SPECIALIST_DUE)
                        .keyConditionExpression("#specialistId = :id AND #dueKey <= :upTo")
                        .projectionExpression(PlacementItems.DIGEST_PROJECTION)
                        .expressionAttributeNames(PlacementItems.DIGEST_ATTRIBUTE_NAMES)
                        .expressionAttributeValues(Map.of(":id", AttributeValue.fromS(specialistId),
                                ":upTo", AttributeValue.fromS(PlacementItems.dueKeyUpTo(lastDay)))))
                .items().stream().flatMap(item -> PlacementItems.digestItems(item).stream()).toList();
    }

    @Override
    public int activeCount(String specialistId) {
        // COUNT returns no items; a caseload beyond one page (1 MB of keys) is summed over pages.
        return dynamoDb.queryPaginator(b -> b.tableName(table).indexName(PlacementItems.ACTIVE_BY_SPECIALIST)
                        .keyConditionExpression("activeSpecialistId = :id")
                        .expressionAttributeValues(Map.of(":id", AttributeValue.fromS(specialistId)))
                        .select(Select.COUNT))
                .stream().mapToInt(page -> page.count()).sum();
    }

    @Override
    public Orphans orphans(String teamId) {
        int active = 0;
        List<DigestItem> due = new ArrayList<>();
        for (Map<String, AttributeValue> item : dynamoDb.queryPaginator(b -> b.tableName(table)
                .indexName(PlacementItems.BY_ORPHAN_TEAM)
                .keyConditionExpression("orphanTeamId = :team")
                .projectionExpression(PlacementItems.DIGEST_PROJECTION)
                .expressionAttributeNames(PlacementItems.DIGEST_ATTRIBUTE_NAMES)
                .expressionAttributeValues(Map.of(":team", AttributeValue.fromS(teamId)))).items()) {
            if (!PlacementItems.isEnded(item)) {
                active++;
                due.addAll(PlacementItems.digestItems(item));
            }
        }
        return new Orphans(active, due);
    }
}
