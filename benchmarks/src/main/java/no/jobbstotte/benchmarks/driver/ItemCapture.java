package no.jobbstotte.benchmarks.driver;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;

/**
 * An in-memory stand-in for DynamoDB with only GetItem and PutItem, so the production
 * repositories can build the exact items the functions would write without a round trip each.
 * Conditions are not evaluated: the seeder applies each placement's events on one thread, in
 * order, as a single consumer would.
 */
final class ItemCapture implements DynamoDbClient {

    private final Map<String, String> hashKeyByTable;
    private final Map<String, Map<String, AttributeValue>> items = new ConcurrentHashMap<>();

    /** {@code hashKeyByTable}: the hash-key attribute of every table written through this client. */
    ItemCapture(Map<String, String> hashKeyByTable) {
        this.hashKeyByTable = Map.copyOf(hashKeyByTable);
    }

    @Override
    public GetItemResponse getItem(GetItemRequest request) {
        if (request.key().size() != 1) {
            throw new UnsupportedOperationException("only tables with a hash key alone");
        }
        Map<String, AttributeValue> item = items.get(id(request.tableName(), request.key().values().iterator().next()));
        return GetItemResponse.builder().item(item == null ? null : new HashMap<>(item)).build();
    }

    @Override
    public PutItemResponse putItem(PutItemRequest request) {
        AttributeValue key = request.item().get(hashKeyByTable.get(request.tableName()));
        items.put(id(request.tableName(), key), new HashMap<>(request.item()));
        return PutItemResponse.builder().build();
    }

    /** Removes and returns the item, so a large data set passes through without piling up here. */
    Map<String, AttributeValue> take(String table, String key) {
        Map<String, AttributeValue> item = items.remove(id(table, AttributeValue.fromS(key)));
        if (item == null) {
            throw new IllegalStateException("nothing was written under " + key + " in " + table);
        }
        return item;
    }

    Map<String, AttributeValue> get(String table, String key) {
        return items.get(id(table, AttributeValue.fromS(key)));
    }

    @Override
    public String serviceName() {
        return SERVICE_NAME;
    }

    @Override
    public void close() {}

    private static String id(String table, AttributeValue key) {
        return table + "\u0000" + key.s();
    }
}
