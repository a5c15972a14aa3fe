package no.jobbstotte.followupactions;

import no.jobbstotte.shared.followup.event.PlacementEvent;
import no.jobbstotte.shared.followup.event.PlacementEventJson;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The placement-events queue, where the case system's events go: an action from a digest link
 * travels the same way, so PlacementEvents, the digests and the statistics cannot tell them apart.
 */
class PlacementEventQueue {

    private final SqsClient sqs;
    private final String queueUrl;

    PlacementEventQueue(SqsClient sqs, String queueUrl) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
    }

    void send(PlacementEvent event) {
        sqs.sendMessage(r -> r.queueUrl(queueUrl).messageBody(PlacementEventJson.write(event)));
    }
}
