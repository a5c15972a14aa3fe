package no.jobbstotte.shared.table.maildelivery;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A recipient's item: {@code recipientKey}; {@code lastEvent} ({@code <KIND> <detail>}) and
 * {@code lastEventAt} (ISO instant, so newer compares greater); {@code suppressedBecause} and
 * {@code suppressedAt}, set by the first hard bounce or complaint and never changed after.
 */
final class MailDeliveryItem {

    static final String KEY = "recipientKey";
    static final String LAST_EVENT = "lastEvent";
    static final String LAST_EVENT_AT = "lastEventAt";
    static final String SUPPRESSED_BECAUSE = "suppressedBecause";
    static final String SUPPRESSED_AT = "suppressedAt";

    static final String NEWER_EVENT = "SET " + LAST_EVENT + " = :event, " + LAST_EVENT_AT + " = :at";
    static final String IF_NEWER = "attribute_not_exists(" + LAST_EVENT_AT + ") OR " + LAST_EVENT_AT + " <= :at";
    static final String SUPPRESS = SUPPRESSED_BECAUSE + " = if_not_exists(" + SUPPRESSED_BECAUSE + ", :why), "
            + SUPPRESSED_AT + " = if_not_exists(" + SUPPRESSED_AT + ", :at)";

    private MailDeliveryItem() {}

    static Map<String, AttributeValue> key(String recipientKey) {
        return Map.of(KEY, AttributeValue.fromS(recipientKey));
    }

    static Map<String, AttributeValue> eventValues(DeliveryOutcome outcome) {
        String event = (outcome.kind() + " " + outcome.detail()).trim();
        return Map.of(":event", AttributeValue.fromS(event), ":at", AttributeValue.fromS(outcome.at().toString()));
    }

    static Map<String, AttributeValue> suppressionValues(DeliveryOutcome outcome) {
        return Map.of(":why", AttributeValue.fromS(outcome.kind().name()), ":at", AttributeValue.fromS(outcome.at().toString()));
    }

    static boolean suppressed(Map<String, AttributeValue> item) {
        return item != null && item.containsKey(SUPPRESSED_BECAUSE);
    }
}
