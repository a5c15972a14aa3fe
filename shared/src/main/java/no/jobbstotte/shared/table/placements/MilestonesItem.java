package no.jobbstotte.shared.table.placements;

import static no.jobbstotte.shared.table.placements.PlacementItem.ENDED_ON;
import static no.jobbstotte.shared.table.placements.PlacementItem.HIRED_ON;
import static no.jobbstotte.shared.table.placements.PlacementItem.MUNICIPALITY_NUMBER;
import static no.jobbstotte.shared.table.placements.PlacementItem.REFERRED_ON;
import static no.jobbstotte.shared.table.placements.PlacementItem.TRIAL_STARTED_ON;
import static no.jobbstotte.shared.table.placements.PlacementItem.text;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The part of a PlacementsTable item the statistics read: municipality and stage dates. */
final class MilestonesItem {

    /** A ProjectionExpression with {@link #ATTRIBUTE_NAMES}: the scan reads nothing else. */
    static final String PROJECTION = "#m, #r, #t, #h, #e";
    static final Map<String, String> ATTRIBUTE_NAMES = Map.of("#m", MUNICIPALITY_NUMBER, "#r", REFERRED_ON,
            "#t", TRIAL_STARTED_ON, "#h", HIRED_ON, "#e", ENDED_ON);

    private MilestonesItem() {}

    /** @throws DateTimeParseException if a stage date is not an ISO date: the item is malformed */
    static PlacementMilestones milestones(Map<String, AttributeValue> item) {
        return new PlacementMilestones(text(item, MUNICIPALITY_NUMBER), date(item, REFERRED_ON),
                date(item, TRIAL_STARTED_ON), date(item, HIRED_ON), date(item, ENDED_ON));
    }

    private static LocalDate date(Map<String, AttributeValue> item, String name) {
        String value = text(item, name);
        return value == null || value.isBlank() ? null : LocalDate.parse(value);
    }
}
