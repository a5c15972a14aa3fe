package no.jobbstotte.shared.table.directory;

import static no.jobbstotte.shared.table.directory.DirectoryItem.ACTIVE;
import static no.jobbstotte.shared.table.directory.DirectoryItem.ROLE;
import static no.jobbstotte.shared.table.directory.DirectoryItem.TEAM_ID;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The DirectoryTable's readers on the low-level client: single people and teams for the digests
 * (eventually consistent: a digest may be a moment behind the directory), and the scheduler's
 * paginated scan of everyone active (one page in memory at a time).
 */
public final class DynamoDbDirectory implements Directory, Recipients {

    private final DynamoDbClient dynamoDb;
    private final String table;

    public DynamoDbDirectory(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = Objects.requireNonNull(dynamoDb);
        this.table = Objects.requireNonNull(table);
    }

    @Override
    public Optional<Person> find(String personId) {
        Map<String, AttributeValue> item = dynamoDb.getItem(b -> b.tableName(table)
                .key(DirectoryItem.key(personId))).item();
        return item == null ? Optional.empty() : DirectoryItem.toPerson(item);
    }

    @Override
    public List<Person> team(String teamId) {
        // A team is a handful of people; holding it in memory is fine.
        return dynamoDb.queryPaginator(b -> b.tableName(table).indexName(DirectoryItem.BY_TEAM)
                        .keyConditionExpression(TEAM_ID + " = :team")
                        .expressionAttributeValues(Map.of(":team", AttributeValue.fromS(teamId))))
                .items().stream().flatMap(item -> DirectoryItem.toPerson(item).stream()).toList();
    }

    @Override
    public void forEachActive(Consumer<Recipient> each) {
        // Everything the digests name a person by comes along (the item is small), so the sender
        // reads no directory item of its own.
        dynamoDb.scanPaginator(b -> b.tableName(table)
                        .filterExpression(ACTIVE + " = :true AND (#role = :specialist OR #role = :lead)")
                        .expressionAttributeNames(Map.of("#role", ROLE))
                        .expressionAttributeValues(Map.of(":true", AttributeValue.fromBool(true),
                                ":specialist", AttributeValue.fromS(Person.Role.SPECIALIST.name()),
                                ":lead", AttributeValue.fromS(Person.Role.TEAM_LEAD.name()))))
                .items()
                .forEach(item -> DirectoryItem.toPerson(item).map(Recipient::new).ifPresent(each));
    }
}
