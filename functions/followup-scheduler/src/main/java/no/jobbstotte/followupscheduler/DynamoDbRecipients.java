package no.jobbstotte.followupscheduler;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;
import no.jobbstotte.shared.followup.reminders.DirectoryEntry;
import no.jobbstotte.shared.followup.reminders.PlacementItems;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Streams the DirectoryTable with a paginated Scan (one page in memory at a time), and asks the
 * {@code bySpecialistDue} index for at most one due item per specialist.
 */
final class DynamoDbRecipients implements Recipients {

    private final DynamoDbClient dynamoDb;
    private final String directoryTable;
    private final String placementsTable;

    DynamoDbRecipients(DynamoDbClient dynamoDb, String directoryTable, String placementsTable) {
        this.dynamoDb = dynamoDb;
        this.directoryTable = directoryTable;
        this.placementsTable = placementsTable;
    }

    @Override
    public void forEachActive(Consumer<Recipient> each) {
        dynamoDb.scanPaginator(b -> b.tableName(directoryTable)
                        .filterExpression("active = :true AND (#role = :specialist OR #role = :lead)")
                        .projectionExpression("personId, #role")
                        .expressionAttributeNames(Map.of("#role", "role"))
                        .expressionAttributeValues(Map.of(":true", AttributeValue.fromBool(true),
                                ":specialist", AttributeValue.fromS(DirectoryEntry.SPECIALIST),
                                ":lead", AttributeValue.fromS(DirectoryEntry.TEAM_LEAD))))
                .items()
                .forEach(item -> each.accept(new Recipient(item.get("personId").s(),
                        DirectoryEntry.TEAM_LEAD.equals(item.get("role").s()))));
    }

    @Override
    public boolean hasDue(String specialistId, LocalDate date) {
        return !dynamoDb.query(b -> b.tableName(placementsTable)
                .indexName(PlacementItems.BY_SPECIALIST_DUE)
                .keyConditionExpression("specialistId = :id AND dueKey <= :upTo")
                .expressionAttributeValues(Map.of(":id", AttributeValue.fromS(specialistId),
                        ":upTo", AttributeValue.fromS(PlacementItems.dueKeyUpTo(date))))
                .projectionExpression("dueKey")
                .limit(1)).items().isEmpty();
    }
}
