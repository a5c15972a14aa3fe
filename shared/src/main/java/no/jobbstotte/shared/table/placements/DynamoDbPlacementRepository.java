package no.jobbstotte.shared.table.placements;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import no.jobbstotte.shared.followup.Placement;
import no.jobbstotte.shared.followup.PlacementReducer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/**
 * The PlacementsTable's writer on the low-level client: whole items, read consistently. Saves are
 * conditional puts on {@code revision} (optimistic locking; no transactions, which the local
 * DynamoDB lacks and one item never needs).
 */
public final class DynamoDbPlacementRepository implements PlacementRepository {

    private final DynamoDbClient dynamoDb;
    private final String tableName;
    private final PlacementReducer reducer;

    public DynamoDbPlacementRepository(DynamoDbClient dynamoDb, String tableName, PlacementReducer reducer) {
        this.dynamoDb = Objects.requireNonNull(dynamoDb);
        this.tableName = Objects.requireNonNull(tableName);
        this.reducer = Objects.requireNonNull(reducer);
    }

    @Override
    public Optional<StoredPlacement> load(String placementId) {
        Map<String, AttributeValue> item = dynamoDb.getItem(r -> r.tableName(tableName).consistentRead(true)
                .key(Map.of(PlacementItem.PLACEMENT_ID, AttributeValue.fromS(placementId)))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(PlacementItem.fromItem(item, reducer));
    }

    @Override
    public SaveResult save(Placement placement, long expectedRevision, SpecialistStatus specialist) {
        try {
            dynamoDb.putItem(request(placement, expectedRevision, specialist));
            return expectedRevision == 0 ? SaveResult.CREATED : SaveResult.UPDATED;
        } catch (ConditionalCheckFailedException e) {
            return SaveResult.CONFLICT;
        }
    }

    PutItemRequest request(Placement placement, long expectedRevision, SpecialistStatus specialist) {
        return PutItemRequest.builder()
                .tableName(tableName)
                .item(PlacementItem.toItem(placement, expectedRevision + 1, specialist))
                .conditionExpression("attribute_not_exists(#id) OR #revision = :expected")
                .expressionAttributeNames(Map.of("#id", PlacementItem.PLACEMENT_ID, "#revision", PlacementItem.REVISION))
                .expressionAttributeValues(Map.of(":expected", AttributeValue.fromN(Long.toString(expectedRevision))))
                .build();
    }
}
