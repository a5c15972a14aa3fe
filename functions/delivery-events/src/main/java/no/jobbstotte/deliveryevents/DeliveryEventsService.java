package no.jobbstotte.deliveryevents;

import javax.inject.Inject;
import no.jobbstotte.shared.log.Log;
import no.jobbstotte.shared.table.maildelivery.DeliveryOutcome;
import no.jobbstotte.shared.table.maildelivery.DeliveryRecords;

/**
 * Records what SES reported for each recipient. Every write is idempotent, so a redelivered or
 * duplicated event changes nothing. The log names the event and SES's message id, never an address.
 */
final class DeliveryEventsService {

    private static final Log LOG = Log.get(DeliveryEventsService.class);

    private final DeliveryRecords records;

    @Inject
    DeliveryEventsService(DeliveryRecords records) {
        this.records = records;
    }

    void apply(SesEvent event) {
        for (DeliveryOutcome outcome : event.outcomes()) {
            records.record(outcome);
        }
        long suppressed = event.outcomes().stream().filter(o -> o.kind().suppresses()).count();
        LOG.info("delivery event recorded", "eventType", event.eventType(), "sesMessageId", event.sesMessageId(),
                "recipients", event.outcomes().size(), "suppressed", suppressed);
    }
}
