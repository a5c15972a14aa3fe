package no.jobbstotte.shared.table.volunteers;

import static no.jobbstotte.shared.table.volunteers.VolunteerItems.EXPIRES_AT;
import static no.jobbstotte.shared.table.volunteers.VolunteerItems.PURPOSE;
import static no.jobbstotte.shared.table.volunteers.VolunteerItems.VOLUNTEER_ID;
import static no.jobbstotte.shared.table.volunteers.VolunteerItems.n;
import static no.jobbstotte.shared.table.volunteers.VolunteerItems.s;
import static no.jobbstotte.shared.table.volunteers.VolunteerItems.tokenKey;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The tokens in VolunteersTable ({@code TOKEN#<sha256>}). */
public final class DynamoDbTokens implements Tokens {

    private final DynamoDbClient dynamoDb;
    private final String table;

    public DynamoDbTokens(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
    }

    @Override
    public void put(String tokenHash, String purpose, String volunteerId, Instant expiresAt) {
        Map<String, AttributeValue> token = VolunteerItems.item(tokenKey(tokenHash),
                Map.of(PURPOSE, s(purpose), VOLUNTEER_ID, s(volunteerId), EXPIRES_AT, n(expiresAt)));
        dynamoDb.putItem(r -> r.tableName(table).item(token));
    }

    @Override
    public Optional<Token> find(String tokenHash, Instant now) {
        return VolunteerItems.live(dynamoDb, table, tokenKey(tokenHash), now).map(VolunteerItems::token);
    }

    @Override
    public void markUsed(String tokenHash, Instant now) {
        VolunteerItems.conditional(() -> dynamoDb.updateItem(r -> r.tableName(table).key(tokenKey(tokenHash))
                .updateExpression("SET usedAt = :now")
                .conditionExpression("attribute_exists(pk) AND attribute_not_exists(usedAt)")
                .expressionAttributeValues(Map.of(":now", s(now.toString())))));
    }
}
