package no.jobbstotte.shared.table.volunteers;

import static no.jobbstotte.shared.table.volunteers.VolunteerItems.BY_CONFIRMED_DAY;
import static no.jobbstotte.shared.table.volunteers.VolunteerItems.CONFIRMED;
import static no.jobbstotte.shared.table.volunteers.VolunteerItems.EXPIRES_AT;
import static no.jobbstotte.shared.table.volunteers.VolunteerItems.STATUS;
import static no.jobbstotte.shared.table.volunteers.VolunteerItems.noticeKey;
import static no.jobbstotte.shared.table.volunteers.VolunteerItems.s;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/** Reads a day's confirmed volunteers (index byConfirmedDay) and keeps the per-recipient {@code DIGEST#} markers. */
public final class DynamoDbDailyNotices implements DailyNotices {

    private final DynamoDbClient dynamoDb;
    private final String table;

    public DynamoDbDailyNotices(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
    }

    @Override
    public List<NewVolunteer> confirmedOn(LocalDate day) {
        List<NewVolunteer> volunteers = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> from = start;
            QueryResponse page = dynamoDb.query(r -> r.tableName(table).indexName(BY_CONFIRMED_DAY)
                    .keyConditionExpression("confirmedDay = :day")
                    .expressionAttributeValues(Map.of(":day", VolunteerItems.day(day)))
                    .exclusiveStartKey(from));
            for (Map<String, AttributeValue> item : page.items()) {
                if (item.containsKey(STATUS) && CONFIRMED.equals(item.get(STATUS).s())) {
                    volunteers.add(VolunteerItems.newVolunteer(item));
                }
            }
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return volunteers;
    }

    @Override
    public boolean claim(Notice notice, Instant expiresAt) {
        Map<String, AttributeValue> marker = VolunteerItems.item(noticeKey(notice),
                Map.of(STATUS, s("SENDING"), EXPIRES_AT, VolunteerItems.n(expiresAt)));
        return VolunteerItems.conditional(() -> dynamoDb.putItem(r -> r.tableName(table).item(marker)
                .conditionExpression("attribute_not_exists(pk)")));
    }

    @Override
    public void markSent(Notice notice) {
        dynamoDb.updateItem(r -> r.tableName(table).key(noticeKey(notice))
                .updateExpression("SET #s = :sent")
                .expressionAttributeNames(Map.of("#s", STATUS))
                .expressionAttributeValues(Map.of(":sent", s("SENT"))));
    }

    @Override
    public void release(Notice notice) {
        dynamoDb.deleteItem(r -> r.tableName(table).key(noticeKey(notice)));
    }
}
