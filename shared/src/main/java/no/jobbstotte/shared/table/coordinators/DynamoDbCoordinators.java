package no.jobbstotte.shared.table.coordinators;

import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** CoordinatorsTable: one coordinator per municipality number. */
public final class DynamoDbCoordinators implements Coordinators {

    private final DynamoDbClient dynamoDb;
    private final String table;

    public DynamoDbCoordinators(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
    }

    @Override
    public Optional<Coordinator> find(String municipalityNumber) {
        return CoordinatorItem.coordinator(municipalityNumber,
                dynamoDb.getItem(r -> r.tableName(table).key(CoordinatorItem.key(municipalityNumber))).item());
    }

    @Override
    public void save(Coordinator coordinator) {
        dynamoDb.putItem(r -> r.tableName(table).item(CoordinatorItem.item(coordinator)));
    }
}
