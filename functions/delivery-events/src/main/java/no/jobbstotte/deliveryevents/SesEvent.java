package no.jobbstotte.deliveryevents;

import java.util.List;
import no.jobbstotte.shared.table.maildelivery.DeliveryOutcome;

/**
 * One SES event as the delivery-events queue carries it: its type, the SES message id (for the
 * log) and what it says about each recipient it names (none for types this function ignores).
 */
public record SesEvent(String eventType, String sesMessageId, List<DeliveryOutcome> outcomes) {
    public SesEvent {
        outcomes = List.copyOf(outcomes);
    }
}
