package no.jobbstotte.volunteerdigest;

import static no.jobbstotte.shared.volunteer.VolunteerItems.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import no.jobbstotte.shared.volunteer.Availability;
import no.jobbstotte.shared.volunteer.Interest;
import no.jobbstotte.shared.volunteer.VolunteerItems;
import no.jobbstotte.shared.volunteer.VolunteerSignup;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/** Reads a day's confirmed volunteers and keeps the per-recipient "notice sent" markers. */
public final class DigestRepository {

    private final DynamoDbClient dynamoDb;
    private final String table;

    @Inject
    public DigestRepository(DynamoDbClient dynamoDb, DigestSettings settings) {
        this.dynamoDb = dynamoDb;
        this.table = settings.volunteersTable();
    }

    public List<NewVolunteer> confirmedOn(LocalDate day) {
        List<NewVolunteer> volunteers = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> from = start;
            QueryResponse page = dynamoDb.query(r -> r.tableName(table).indexName(BY_CONFIRMED_DAY)
                    .keyConditionExpression("confirmedDay = :day")
                    .expressionAttributeValues(Map.of(":day", AttributeValue.fromS(day.toString())))
                    .exclusiveStartKey(from));
            for (Map<String, AttributeValue> item : page.items()) {
                if (item.containsKey(STATUS) && CONFIRMED.equals(item.get(STATUS).s())) {
                    volunteers.add(toVolunteer(item));
                }
            }
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return volunteers;
    }

    /** Claims the notice for one recipient and day; false if it was already sent or is being sent. */
    public boolean claim(String markerKey, Instant expiresAt) {
        try {
            dynamoDb.putItem(r -> r.tableName(table).item(Map.of(PK, AttributeValue.fromS(markerKey),
                            STATUS, AttributeValue.fromS("SENDING"),
                            EXPIRES_AT, AttributeValue.fromN(Long.toString(expiresAt.getEpochSecond()))))
                    .conditionExpression("attribute_not_exists(pk)"));
            return true;
        } catch (ConditionalCheckFailedException alreadyClaimed) {
            return false;
        }
    }

    public void markSent(String markerKey) {
        dynamoDb.updateItem(r -> r.tableName(table).key(Map.of(PK, AttributeValue.fromS(markerKey)))
                .updateExpression("SET #s = :sent")
                .expressionAttributeNames(Map.of("#s", STATUS))
                .expressionAttributeValues(Map.of(":sent", AttributeValue.fromS("SENT"))));
    }

    /** Gives the claim back when sending failed, so the next run tries again (powertools does the same). */
    public void release(String markerKey) {
        dynamoDb.deleteItem(r -> r.tableName(table).key(Map.of(PK, AttributeValue.fromS(markerKey))));
    }

    private static NewVolunteer toVolunteer(Map<String, AttributeValue> item) {
        return new NewVolunteer(item.get(VOLUNTEER_ID).s(), VolunteerSignup.firstName(item.get(NAME).s()),
                item.get(MUNICIPALITY).s(),
                codes(item, INTERESTS).stream().flatMap(c -> Interest.fromCode(c).stream()).toList(),
                codes(item, AVAILABILITY).stream().flatMap(c -> Availability.fromCode(c).stream()).toList());
    }

    private static List<String> codes(Map<String, AttributeValue> item, String attribute) {
        return Optional.ofNullable(item.get(attribute)).filter(AttributeValue::hasL)
                .map(v -> v.l().stream().map(AttributeValue::s).toList()).orElse(List.of());
    }

    static String markerKey(LocalDate day, String recipientHash) {
        return VolunteerItems.digest(day.toString(), recipientHash);
    }
}
