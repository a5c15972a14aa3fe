package no.jobbstotte.shared.table.volunteers;

import static no.jobbstotte.shared.table.volunteers.VolunteerItems.COUNT;
import static no.jobbstotte.shared.table.volunteers.VolunteerItems.COUNT_PREFIX;
import static no.jobbstotte.shared.table.volunteers.VolunteerItems.PK;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The {@code COUNT#<municipality>#<yyyy-MM>} items of VolunteersTable (number attribute
 * {@code count}), read with a paginated scan that fetches only the key and the count.
 */
public final class DynamoDbMonthlyCounts implements MonthlyCounts {

    private final DynamoDbClient dynamoDb;
    private final String table;

    public DynamoDbMonthlyCounts(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
    }

    @Override
    public long readAll(Consumer<MonthlyCount> counts) {
        long[] malformed = new long[1];
        dynamoDb.scanPaginator(r -> r.tableName(table)
                        .filterExpression("begins_with(#pk, :prefix)")
                        .projectionExpression("#pk, #c")
                        .expressionAttributeNames(Map.of("#pk", PK, "#c", COUNT))
                        .expressionAttributeValues(Map.of(":prefix", AttributeValue.fromS(COUNT_PREFIX))))
                .items().forEach(item -> {
                    String[] key = item.get(PK).s().split("#", -1);
                    AttributeValue count = item.get(COUNT);
                    try {
                        if (key.length != 3 || count == null || count.n() == null) {
                            malformed[0]++;
                        } else {
                            counts.accept(new MonthlyCount(key[1], YearMonth.parse(key[2]), Long.parseLong(count.n())));
                        }
                    } catch (DateTimeParseException | NumberFormatException e) {
                        malformed[0]++;
                    }
                });
        return malformed[0];
    }
}
