package no.jobbstotte.statisticspublisher;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import no.jobbstotte.shared.agreement.Agreement;
import no.jobbstotte.shared.table.placements.MilestoneScan;
import no.jobbstotte.shared.table.volunteers.MonthlyCounts;
import no.jobbstotte.statisticspublisher.statistics.StatisticsAccumulator;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Reads the three tables with paginated scans that fetch only the attributes the statistics use:
 * every placement's stage dates and the volunteers' anonymous monthly counts, through their tables'
 * owners; current agreements ({@code sk} {@code AGREEMENT#...}).
 */
final class DynamoDbStatisticsSource implements StatisticsSource {

    static final String AGREEMENT_PREFIX = "AGREEMENT#";

    private final MilestoneScan placements;
    private final DynamoDbClient dynamoDb;
    private final String agreementsTable;
    private final MonthlyCounts volunteerCounts;

    DynamoDbStatisticsSource(MilestoneScan placements, DynamoDbClient dynamoDb, String agreementsTable,
            MonthlyCounts volunteerCounts) {
        this.placements = placements;
        this.dynamoDb = dynamoDb;
        this.agreementsTable = agreementsTable;
        this.volunteerCounts = volunteerCounts;
    }

    @Override
    public long readInto(StatisticsAccumulator accumulator, LocalDate publicationDate) {
        long[] malformed = {placements.forEachPlacement(accumulator::addPlacement)};
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
