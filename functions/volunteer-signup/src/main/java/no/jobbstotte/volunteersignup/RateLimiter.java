package no.jobbstotte.volunteersignup;

import java.time.Instant;
import java.util.Map;
import java.util.OptionalLong;
import javax.inject.Inject;
import no.jobbstotte.shared.volunteer.VolunteerItems;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Fixed hourly windows counted in DynamoDB, so every Lambda instance shares them. The window's
 * number is part of the key, so an old window is never reused and needs no expiry check; TTL
 * removes it later.
 */
public final class RateLimiter {

    static final long WINDOW_SECONDS = 3600;

    private final DynamoDbClient dynamoDb;
    private final String table;

    @Inject
    public RateLimiter(DynamoDbClient dynamoDb, VolunteerSettings settings) {
        this.dynamoDb = dynamoDb;
        this.table = settings.table();
    }

    /** Counts one request for {@code key}; empty if allowed, else the seconds until the window ends. */
    public OptionalLong hit(String key, int limit, Instant now) {
        long window = now.getEpochSecond() / WINDOW_SECONDS;
        long end = (window + 1) * WINDOW_SECONDS;
        try {
            dynamoDb.updateItem(r -> r.tableName(table)
                    .key(Map.of(VolunteerItems.PK, AttributeValue.fromS("RATE#" + key + "#" + window)))
                    .updateExpression("ADD #c :one SET expiresAt = :end")
                    .conditionExpression("attribute_not_exists(#c) OR #c < :limit")
                    .expressionAttributeNames(Map.of("#c", VolunteerItems.COUNT))
                    .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1"),
                            ":end", AttributeValue.fromN(Long.toString(end)),
                            ":limit", AttributeValue.fromN(Integer.toString(limit)))));
            return OptionalLong.empty();
        } catch (ConditionalCheckFailedException limited) {
            return OptionalLong.of(Math.max(1, end - now.getEpochSecond()));
        }
    }
}
