package no.jobbstotte.agreementsapi.table.requestlog;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * The request-log table: items keyed by {@code pk} ({@code WEBHOOK#<chainId>#<id>} or
 * {@code IDEMPOTENCY#<chainId>#<key>}) with {@code expiresAt} in epoch seconds for DynamoDB's TTL.
 * TTL deletes lazily (and the local emulator not at all), so expired items are treated as absent
 * here, in reads and in write conditions alike.
 */
public final class DynamoDbRequestLog implements RequestLog {

    private static final String ABSENT_OR_EXPIRED = "attribute_not_exists(pk) OR expiresAt <= :now";

    private final DynamoDbClient dynamoDb;
    private final String table;

    public DynamoDbRequestLog(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
    }

    @Override
    public boolean firstUseOfWebhookId(String chainId, String webhookId, Instant now) {
        return putIfAbsent(Map.of("pk", s("WEBHOOK#" + chainId + "#" + webhookId),
                "expiresAt", n(expiry(now, WEBHOOK_ID_TTL))), now);
    }

    @Override
    public Optional<StoredResponse> findResponse(String chainId, String idempotencyKey, Instant now) {
        Map<String, AttributeValue> item = dynamoDb.getItem(r -> r.tableName(table).consistentRead(true)
                .key(Map.of("pk", s(idempotencyPk(chainId, idempotencyKey))))).item();
        if (item == null || item.isEmpty() || Long.parseLong(item.get("expiresAt").n()) <= now.getEpochSecond()) {
            return Optional.empty();
        }
        return Optional.of(new StoredResponse(item.get("requestHash").s(), Integer.parseInt(item.get("status").n()),
                item.get("contentType").s(), item.get("body").s()));
    }

    @Override
    public void saveResponse(String chainId, String idempotencyKey, StoredResponse response, Instant now) {
        putIfAbsent(Map.of(
                "pk", s(idempotencyPk(chainId, idempotencyKey)),
                "expiresAt", n(expiry(now, IDEMPOTENCY_TTL)),
                "requestHash", s(response.requestHash()),
                "status", n(response.status()),
                "contentType", s(response.contentType()),
                "body", s(response.body())), now);
    }

    private boolean putIfAbsent(Map<String, AttributeValue> item, Instant now) {
        try {
            dynamoDb.putItem(r -> r.tableName(table).item(item).conditionExpression(ABSENT_OR_EXPIRED)
                    .expressionAttributeValues(Map.of(":now", n(now.getEpochSecond()))));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    private static String idempotencyPk(String chainId, String key) {
        return "IDEMPOTENCY#" + chainId + "#" + key;
    }

    private static long expiry(Instant now, Duration ttl) {
        return now.plus(ttl).getEpochSecond();
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }
}
