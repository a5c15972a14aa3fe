package no.jobbstotte.shared.table.volunteercounts;

import static no.jobbstotte.shared.table.volunteercounts.VolunteerCountItems.COUNT_ID;
import static no.jobbstotte.shared.table.volunteercounts.VolunteerCountItems.MONTH;
import static no.jobbstotte.shared.table.volunteercounts.VolunteerCountItems.MUNICIPALITY;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * VolunteerCountsTable, for both its uses (layout in {@code VolunteerCountItems}). A count is an
 * item of its own rather than an ADD to a counter: without transactions (the local DynamoDB has
 * none) an ADD cannot tell a retry from a new confirmation, and the SDK itself retries a write
 * whose answer was lost. A conditional put of the confirmation's own id can.
 */
public final class DynamoDbVolunteerCounts implements ConfirmationCounts, MonthlyCounts {

    private final DynamoDbClient dynamoDb;
    private final String table;

    public DynamoDbVolunteerCounts(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
    }

    @Override
    public boolean countOnce(String countId, String municipalityNumber, YearMonth month) {
        try {
            dynamoDb.putItem(r -> r.tableName(table).item(VolunteerCountItems.confirmation(countId, municipalityNumber, month))
                    .conditionExpression("attribute_not_exists(#id)")
                    .expressionAttributeNames(Map.of("#id", COUNT_ID)));
            return true;
        } catch (ConditionalCheckFailedException counted) {
            return false;
        }
    }

    /** A paginated scan that fetches only the municipality and month of each item, summed as it goes. */
    @Override
    public long readMonthlyCounts(Consumer<MonthlyCount> counts) {
        Map<VolunteerCountItems.Cell, Long> sums = new HashMap<>();
        long[] malformed = new long[1];
        dynamoDb.scanPaginator(r -> r.tableName(table)
                        .projectionExpression("#m, #month")
                        .expressionAttributeNames(Map.of("#m", MUNICIPALITY, "#month", MONTH)))
                .items().forEach(item -> VolunteerCountItems.cell(item)
                        .ifPresentOrElse(cell -> sums.merge(cell, 1L, Long::sum), () -> malformed[0]++));
        sums.forEach((cell, count) -> counts.accept(new MonthlyCount(cell.municipalityNumber(), cell.month(), count)));
        return malformed[0];
    }
}
