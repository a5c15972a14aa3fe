package no.jobbstotte.shared.table.volunteercounts;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The layout of VolunteerCountsTable: one item per confirmation, {@code countId} (partition key,
 * a random id) with {@code municipalityNumber} and {@code month} ({@code yyyy-MM}, Oslo) and
 * nothing else: no name, address, volunteer id or time finer than the month.
 */
final class VolunteerCountItems {

    static final String COUNT_ID = "countId";
    static final String MUNICIPALITY = "municipalityNumber";
    static final String MONTH = "month";

    private VolunteerCountItems() {}

    static Map<String, AttributeValue> confirmation(String countId, String municipalityNumber, YearMonth month) {
        return Map.of(COUNT_ID, AttributeValue.fromS(countId), MUNICIPALITY, AttributeValue.fromS(municipalityNumber),
                MONTH, AttributeValue.fromS(month.toString()));
    }

    /** Where and when an item's confirmation counts, or empty if the item is malformed. */
    static Optional<Cell> cell(Map<String, AttributeValue> item) {
        AttributeValue municipality = item.get(MUNICIPALITY);
        AttributeValue month = item.get(MONTH);
        if (municipality == null || municipality.s() == null || month == null || month.s() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Cell(municipality.s(), YearMonth.parse(month.s())));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A municipality and month: what one confirmation adds one to. */
    record Cell(String municipalityNumber, YearMonth month) {}
}
