package no.jobbstotte.deliveryevents;

import java.util.List;
import javax.inject.Inject;

/**
 * SnapStart prime: parse one event of each type the configuration set publishes. No AWS call: the
 * only read this function could make is of the pepper, which must never be in a snapshot, and its
 * one write would record a delivery that never happened.
 */
final class DeliveryEventsPriming implements Runnable {

    private static final String MAIL = "\"mail\":{\"timestamp\":\"2026-01-05T06:00:00.000Z\",\"messageId\":\"prime\","
            + "\"destination\":[\"prime@example.invalid\"]}";
    static final List<String> SAMPLES = List.of(
            "{\"eventType\":\"Delivery\"," + MAIL + ",\"delivery\":{\"recipients\":[\"prime@example.invalid\"]}}",
            "{\"eventType\":\"Bounce\"," + MAIL + ",\"bounce\":{\"bounceType\":\"Permanent\",\"bounceSubType\":\"General\","
                    + "\"bouncedRecipients\":[{\"emailAddress\":\"prime@example.invalid\"}]}}",
            "{\"eventType\":\"Complaint\"," + MAIL + ",\"complaint\":{\"complainedRecipients\":[{\"emailAddress\":"
                    + "\"prime@example.invalid\"}]}}",
            "{\"eventType\":\"Reject\"," + MAIL + ",\"reject\":{\"reason\":\"Bad content\"}}",
            "{\"eventType\":\"DeliveryDelay\"," + MAIL + ",\"deliveryDelay\":{\"delayType\":\"MailboxFull\","
                    + "\"delayedRecipients\":[{\"emailAddress\":\"prime@example.invalid\"}]}}");

    @Inject
    DeliveryEventsPriming() {}

    @Override
    public void run() {
        for (String sample : SAMPLES) {
            SesEventJson.parse(SesEventJson.envelope(sample));
        }
    }
}
