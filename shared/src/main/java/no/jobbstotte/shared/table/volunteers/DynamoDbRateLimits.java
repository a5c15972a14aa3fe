package no.jobbstotte.shared.table.volunteers;

import static no.jobbstotte.shared.table.volunteers.VolunteerItems.COUNT;
import static no.jobbstotte.shared.table.volunteers.VolunteerItems.n;

import java.time.Instant;
import java.util.Map;
import java.util.OptionalLong;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Fixed hourly windows counted in VolunteersTable, so every Lambda instance shares them. The
 * window's number is part of the key, so an old window is never reused and needs no expiry check;
 * TTL removes it later.
 */
public final class DynamoDbRateLimits implements RateLimits {

    static final long WINDOW_SECONDS = 3600;

    private final DynamoDbClient dynamoDb;
    private final String table;

    public DynamoDbRateLimits(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
    }

    @Override
    public OptionalLong hit(String subject, int limit, Instant now) {
        long window = now.getEpochSecond() / WINDOW_SECONDS;
        long end = (window + 1) * WINDOW_SECONDS;
        try {
            dynamoDb.updateItem(r -> r.tableName(table)
                    .key(VolunteerItems.rateKey(subject, window))
                    .updateExpression("ADD #c :one SET expiresAt = :end")
                    .conditionExpression("attribute_not_exists(#c) OR #c < :limit")
                    .expressionAttributeNames(Map.of("#c", COUNT))
                    .expressionAttributeValues(Map.of(":one", n(1), ":end", n(end), ":limit", n(limit))));
            return OptionalLong.empty();
        } catch (ConditionalCheckFailedException limited) {
            return OptionalLong.of(Math.max(1, end - now.getEpochSecond()));
        }
    }
}
