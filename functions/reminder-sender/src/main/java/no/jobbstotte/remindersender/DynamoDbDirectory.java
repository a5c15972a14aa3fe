package no.jobbstotte.remindersender;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.jobbstotte.shared.followup.reminders.DirectoryEntry;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

final class DynamoDbDirectory implements Directory {

    private final DynamoDbClient dynamoDb;
    private final String table;

    DynamoDbDirectory(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
    }

    @Override
    public Optional<DirectoryEntry> find(String personId) {
        Map<String, AttributeValue> item = dynamoDb.getItem(b -> b.tableName(table)
                .key(Map.of("personId", AttributeValue.fromS(personId)))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(DirectoryEntry.from(item));
    }

    @Override
    public List<DirectoryEntry> team(String teamId) {
        // A team is a handful of people; holding it in memory is fine.
        return dynamoDb.queryPaginator(b -> b.tableName(table).indexName("byTeam")
                        .keyConditionExpression("teamId = :team")
                        .expressionAttributeValues(Map.of(":team", AttributeValue.fromS(teamId))))
                .items().stream().map(DirectoryEntry::from).toList();
    }
}
