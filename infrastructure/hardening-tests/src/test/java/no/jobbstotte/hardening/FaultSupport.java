package no.jobbstotte.hardening;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.jobbstotte.localcloud.LocalCloud;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** What the fault tests share: waiting for a queue to drain, reading a dead-letter queue, the log. */
final class FaultSupport {

    static final Duration WAIT = Duration.ofSeconds(20);

    private FaultSupport() {}

    static int inQueue(LocalCloud cloud, String queue) {
        return cloud.sqs().getQueueAttributes(r -> r.queueUrl(cloud.queueUrl(queue)).attributeNames(
                        QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                        QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).attributes().values().stream()
                .mapToInt(Integer::parseInt).sum();
    }

    static void awaitDrained(LocalCloud cloud, String queue) {
        await().atMost(WAIT).pollInterval(Duration.ofMillis(100)).until(() -> inQueue(cloud, queue) == 0);
    }

    /** Receives (and deletes) everything on a dead-letter queue. */
    static List<Message> drainDeadLetters(LocalCloud cloud, String queue) {
        List<Message> all = new ArrayList<>();
        String url = cloud.queueUrl(queue);
        for (int round = 0; round < 20 && inQueue(cloud, queue) > 0; round++) {
            List<Message> messages = cloud.sqs().receiveMessage(r -> r.queueUrl(url).maxNumberOfMessages(10)
                    .visibilityTimeout(60).messageAttributeNames("All").messageSystemAttributeNamesWithStrings("All"))
                    .messages();
            for (Message message : messages) {
                all.add(message);
                cloud.sqs().deleteMessage(r -> r.queueUrl(url).receiptHandle(message.receiptHandle()));
            }
        }
        return all;
    }

    /** The log written since {@code start} (a length of {@link SuiteOutput#captured()}). */
    static String logSince(int start) {
        return SuiteOutput.captured().substring(start);
    }

    static int logMark() {
        return SuiteOutput.captured().length();
    }

    /** An agreement version on AgreementsQueue as AgreementsApi queues it: its own message group, a fresh dedup id. */
    static void sendAgreement(LocalCloud cloud, String chainId, String agreementId, int version) {
        ObjectNode agreement = Fixtures.agreement(agreementId, version).put("chainId", chainId)
                .put("adaptedPositions", version);
        ObjectNode message = Fuzz.JSON.objectNode();
        message.set("agreement", agreement);
        message.put("requestId", "req-" + agreementId + "-" + version).put("acceptedAt", "2026-03-02T10:00:00Z");
        cloud.sqs().sendMessage(r -> r.queueUrl(cloud.queueUrl("AgreementsQueue")).messageBody(message.toString())
                .messageGroupId(chainId + "#" + agreementId).messageDeduplicationId(UUID.randomUUID().toString()));
    }

    static void count(int sent, int effects, int duplicates, int losses, long faults) {
        SuiteStats.MESSAGES_SENT.addAndGet(sent);
        SuiteStats.EFFECTS_OBSERVED.addAndGet(effects);
        SuiteStats.DUPLICATES.addAndGet(duplicates);
        SuiteStats.LOSSES.addAndGet(losses);
        SuiteStats.FAULTS_INJECTED.addAndGet(faults);
    }
}
