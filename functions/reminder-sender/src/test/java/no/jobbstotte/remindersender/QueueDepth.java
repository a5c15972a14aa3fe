package no.jobbstotte.remindersender;

import java.util.Map;
import no.jobbstotte.localcloud.LocalCloud;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** A local-cloud queue's messages waiting or in flight: zero once everything sent to it was handled. */
final class QueueDepth {

    private QueueDepth() {}

    static int of(LocalCloud cloud, String queue) {
        Map<QueueAttributeName, String> attributes = cloud.sqs().getQueueAttributes(b -> b
                .queueUrl(cloud.queueUrl(queue))
                .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                        QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).attributes();
        return Integer.parseInt(attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
                + Integer.parseInt(attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE));
    }
}
