package no.jobbstotte.shared.volunteer;

import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** CoordinatorsTable: one coordinator per municipality number, mapped by hand (no bean schema). */
public final class CoordinatorRepository {

    private final DynamoDbClient dynamoDb;
    private final String table;

    public CoordinatorRepository(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
    }

    public Optional<Coordinator> find(String municipalityNumber) {
        Map<String, AttributeValue> item = dynamoDb.getItem(r -> r.tableName(table)
                .key(Map.of("municipalityNumber", AttributeValue.fromS(municipalityNumber)))).item();
        if (item == null || item.isEmpty() || !item.containsKey("email")) {
            return Optional.empty();
        }
        return Optional.of(new Coordinator(municipalityNumber,
                item.containsKey("name") ? item.get("name").s() : "", item.get("email").s()));
    }

    public void save(Coordinator coordinator) {
        dynamoDb.putItem(r -> r.tableName(table).item(Map.of(
                "municipalityNumber", AttributeValue.fromS(coordinator.municipalityNumber()),
                "name", AttributeValue.fromS(coordinator.name()),
                "email", AttributeValue.fromS(coordinator.email()))));
    }
}
