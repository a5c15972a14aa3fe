package no.jobbstotte.statisticspublisher;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import no.jobbstotte.shared.agreement.Agreement;
import no.jobbstotte.shared.table.volunteers.MonthlyCounts;
import no.jobbstotte.statisticspublisher.statistics.PlacementFacts;
import no.jobbstotte.statisticspublisher.statistics.StatisticsAccumulator;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Reads the three tables with paginated scans that fetch only the attributes the statistics use:
 * every placement; current agreements ({@code sk} {@code AGREEMENT#...}); the volunteers' anonymous
 * monthly counts, through the VolunteersTable's owner.
 */
final class DynamoDbStatisticsSource implements StatisticsSource {

    static final String AGREEMENT_PREFIX = "AGREEMENT#";

    private final DynamoDbClient dynamoDb;
    private final String placementsTable;
    private final String agreementsTable;
    private final MonthlyCounts volunteerCounts;

    DynamoDbStatisticsSource(DynamoDbClient dynamoDb, String placementsTable, String agreementsTable,
            MonthlyCounts volunteerCounts) {
        this.dynamoDb = dynamoDb;
        this.placementsTable = placementsTable;
        this.agreementsTable = agreementsTable;
        this.volunteerCounts = volunteerCounts;
    }

    @Override
    public long readInto(StatisticsAccumulator accumulator, LocalDate publicationDate) {
        long[] malformed = new long[1];
        dynamoDb.scanPaginator(r -> r.tableName(placementsTable)
                        .projectionExpression("#m, #r, #t, #h, #e")
                        .expressionAttributeNames(Map.of("#m", "municipalityNumber", "#r", "referredOn",
                                "#t", "trialStartedOn", "#h", "hiredOn", "#e", "endedOn")))
                .items().forEach(item -> {
                    try {
                        accumulator.addPlacement(new PlacementFacts(text(item, "municipalityNumber"),
                                date(item, "referredOn"), date(item, "trialStartedOn"), date(item, "hiredOn"),
                                date(item, "endedOn")));
                    } catch (DateTimeParseException e) {
                        malformed[0]++;
                    }
                });
        dynamoDb.scanPaginator(r -> r.tableName(agreementsTable)
                        .filterExpression("begins_with(#sk, :prefix)")
                        .projectionExpression("#m, #s, #f, #t")
                        .expressionAttributeNames(Map.of("#sk", "sk", "#m", "municipalityNumber", "#s", "status",
                                "#f", "validFrom", "#t", "validTo"))
                        .expressionAttributeValues(Map.of(":prefix", AttributeValue.fromS(AGREEMENT_PREFIX))))
                .items().forEach(item -> {
                    try {
                        if (activeOn(item, publicationDate)) {
                            accumulator.addActiveAgreement(text(item, "municipalityNumber"));
                        }
                    } catch (DateTimeParseException e) {
                        malformed[0]++;
                    }
                });
        malformed[0] += volunteerCounts.readMonthlyCounts(
                count -> accumulator.addVolunteers(count.municipalityNumber(), count.month(), count.count()));
        return malformed[0];
    }

    /** Active on the day: status "active" and the day within validFrom..validTo (open end if none). */
    static boolean activeOn(Map<String, AttributeValue> item, LocalDate day) {
        LocalDate from = date(item, "validFrom");
        LocalDate to = date(item, "validTo");
        return Agreement.Status.ACTIVE.wire().equals(text(item, "status"))
                && from != null && !from.isAfter(day) && (to == null || !to.isBefore(day));
    }

    private static String text(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null ? null : value.s();
    }

    private static LocalDate date(Map<String, AttributeValue> item, String name) {
        String value = text(item, name);
        return value == null || value.isBlank() ? null : LocalDate.parse(value);
    }
}
