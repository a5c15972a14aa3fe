package no.jobbstotte.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import no.jobbstotte.deliveryevents.SesEventJson;
import no.jobbstotte.localcloud.LocalCloud;
import no.jobbstotte.localcloud.testing.LocalCloudExtension;
import no.jobbstotte.shared.agreement.AgreementMessage;
import no.jobbstotte.shared.batch.InvalidMessageException;
import no.jobbstotte.shared.batch.SqsDeadLetters;
import no.jobbstotte.shared.followup.event.PlacementEventJson;
import no.jobbstotte.shared.followup.reminders.ReminderMessageCodec;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchResponse;

/**
 * Seeded fuzzing of every queue consumer's parser, through the real queues: garbage, random JSON
 * keyed like the format, and valid messages with faults. Every message the parser refuses must
 * reach the dead-letter queue once, with a {@code RejectReason} attribute; nothing may fail
 * unhandled (which would show as a retry in the log, and a dead letter without a reason).
 */
@Order(40)
class HardeningQueueFuzzTest {

    @RegisterExtension
    static final LocalCloudExtension CLOUD = LocalCloudExtension.fromTemplate();

    private static final long SEED = 4242L;
    private static final int MESSAGES_PER_QUEUE = 100;

    private LocalCloud cloud() {
        return CLOUD.cloud();
    }

    @Test
    void agreementsQueue_fuzzedMessages_rejectedWithReasonNeverRetried() {
        List<String> fields = new ArrayList<>(Fixtures.AGREEMENT_FIELDS);
        fields.addAll(List.of("chainId", "agreement", "requestId", "acceptedAt"));
        run("AgreementsQueue", "AgreementsDeadLetterQueue", SEED, fields, fuzz -> {
            ObjectNode agreement = Fixtures.agreement("q-" + fuzz.nextInt(50), 1 + fuzz.nextInt(3)).put("chainId", "fuzz-chain");
            if (fuzz.chance(50)) {
                agreement = fuzz.mutate(agreement, fields);
            }
            ObjectNode message = Fuzz.JSON.objectNode();
            message.set("agreement", agreement);
            message.put("requestId", "req-" + fuzz.nextInt(1000)).put("acceptedAt", "2026-03-02T10:00:00Z");
            return fuzz.chance(30) ? fuzz.mutate(message, fields) : message;
        }, AgreementMessage::parse);
    }

    @Test
    void placementEventsQueue_fuzzedMessages_rejectedWithReasonNeverRetried() {
        List<String> fields = List.of("type", "eventId", "placementId", "specialistId", "teamId", "municipalityNumber",
                "employerOrgNumber", "occurredAt", "endsOn", "newEndsOn", "met", "reason", "displayName", "workEmail",
                "teamLeadId", "newSpecialistId", "party", "dueOn", "newDueOn", "faceToFace");
        List<String> types = List.of("referred", "interview_held", "trial_started", "trial_extended", "hired",
                "follow_up_done", "follow_up_postponed", "employer_contact", "paused", "resumed", "specialist_changed", "ended", "specialist_upserted",
                "team_lead_upserted", "specialist_deactivated");
        run("PlacementEventsQueue", "PlacementEventsDeadLetterQueue", SEED + 1, fields, fuzz -> {
            ObjectNode event = Fuzz.JSON.objectNode().put("type", fuzz.pick(types)).put("eventId", "e-" + UUID.randomUUID())
                    .put("placementId", "p-" + fuzz.nextInt(20)).put("specialistId", "js-" + fuzz.nextInt(5))
                    .put("teamId", "t-1").put("municipalityNumber", "1506").put("occurredAt", "2026-06-0"
                            + (1 + fuzz.nextInt(9)) + "T08:00:00Z")
                    .put("endsOn", "2026-06-30").put("newEndsOn", "2026-07-30").put("met", "both")
                    .put("reason", "hired_elsewhere").put("displayName", "Fuzz Spesialist")
                    .put("workEmail", "fuzz.spesialist@example.no").put("teamLeadId", "tl-1")
                    .put("party", "employer").put("dueOn", "2026-06-08").put("newDueOn", "2026-06-15")
                    .put("faceToFace", true);
            return fuzz.mutate(event, fields);
        }, PlacementEventJson::parse);
    }

    @Test
    void remindersQueue_fuzzedMessages_rejectedWithReasonNeverRetried() {
        List<String> fields = List.of("kind", "recipientId", "date", "scheduledAt");
        ReminderMessageCodec codec = new ReminderMessageCodec();
        run("RemindersQueue", "RemindersDeadLetterQueue", SEED + 2, fields, fuzz -> {
            ObjectNode message = Fuzz.JSON.objectNode().put("kind", fuzz.pick(List.of("specialist", "team_lead", "fidelity")))
                    .put("recipientId", "js-" + fuzz.nextInt(5))
                    .put("date", fuzz.pick(List.of("2026-06-10", "2026-06-13", "2026-12-25", "9999-12-31",
                            "+999999999-12-31", "-999999999-01-01", "0000-01-01", "1582-10-10")))
                    .put("scheduledAt", "2026-06-10T05:00:00Z");
            return fuzz.chance(60) ? fuzz.mutate(message, fields) : message;
        }, codec::parse);
    }

    /** SES events in SNS notifications (issue #17): the envelope and the event inside it both fuzzed. */
    @Test
    void mailDeliveryQueue_fuzzedMessages_rejectedWithReasonNeverRetried() {
        List<String> fields = List.of("Type", "Message", "MessageId", "TopicArn", "eventType", "mail", "bounce", "complaint",
                "delivery", "deliveryDelay", "reject", "bounceType", "bouncedRecipients", "complainedRecipients", "recipients",
                "emailAddress", "timestamp", "messageId", "destination");
        List<String> types = List.of("Bounce", "Complaint", "Delivery", "DeliveryDelay", "Reject", "Send", "Open", "Teleport");
        run("MailDeliveryQueue", "MailDeliveryDeadLetterQueue", SEED + 3, fields, fuzz -> {
            String address = fuzz.pick(List.of("bounce@simulator.amazonses.com", "js-" + fuzz.nextInt(5) + "@nav.example",
                    "not an address", ""));
            ObjectNode event = Fuzz.JSON.objectNode().put("eventType", fuzz.pick(types));
            event.putObject("mail").put("timestamp", fuzz.pick(List.of("2026-06-10T05:00:00.000Z", "yesterday")))
                    .put("messageId", "m-" + fuzz.nextInt(100)).putArray("destination").add(address);
            event.putObject("bounce").put("bounceType", fuzz.pick(List.of("Permanent", "Transient", "Undetermined", "Odd")))
                    .putArray("bouncedRecipients").addObject().put("emailAddress", address);
            event.putObject("complaint").putArray("complainedRecipients").addObject().put("emailAddress", address);
            event.putObject("delivery").putArray("recipients").add(address);
            event.putObject("deliveryDelay").putArray("delayedRecipients").addObject().put("emailAddress", address);
            event.putObject("reject").put("reason", "Bad content");
            ObjectNode inner = fuzz.chance(50) ? fuzz.mutate(event, fields) : event;
            ObjectNode envelope = Fuzz.JSON.objectNode().put("Type", "Notification").put("MessageId", "n-" + fuzz.nextInt(100))
                    .put("TopicArn", "arn:aws:sns:eu-north-1:000000000000:fuzz").put("Message", inner.toString());
            return fuzz.chance(30) ? fuzz.mutate(envelope, fields) : envelope;
        }, SesEventJson::parse);
    }

    /**
     * Sends {@code MESSAGES_PER_QUEUE} fuzzed bodies (a quarter garbage, a quarter random JSON,
     * half from {@code nearValid}), waits for the queue to drain and checks the dead letters.
     */
    private void run(String queue, String deadLetterQueue, long seed, List<String> fields,
            Function<Fuzz, ObjectNode> nearValid, Consumer<String> parser) {
        String url = cloud().queueUrl(queue);
        boolean fifo = url.endsWith(".fifo");
        int logStart = SuiteOutput.captured().length();
        SplittableRandom seeds = new SplittableRandom(Long.getLong("jobbstotte.seed", seed));
        Map<String, String> sentBodies = new HashMap<>();
        Set<String> expectedInvalid = new HashSet<>();
        List<String> parserCrashes = new ArrayList<>();
        List<SendMessageBatchRequestEntry> batch = new ArrayList<>();
        for (int i = 0; i < MESSAGES_PER_QUEUE; i++) {
            long trySeed = seeds.nextLong();
            Fuzz fuzz = new Fuzz(new SplittableRandom(trySeed));
            String body = Fuzz.sqsSafe(switch (fuzz.nextInt(4)) {
                case 0 -> fuzz.chance(50) ? fuzz.string() : new String(fuzz.bytes(200), java.nio.charset.StandardCharsets.ISO_8859_1);
                case 1 -> fuzz.json(fields, 4).toString();
                default -> nearValid.apply(fuzz).toString();
            });
            try {
                parser.accept(body);
            } catch (InvalidMessageException expected) {
                expectedInvalid.add("e" + i);
            } catch (RuntimeException crash) {
                parserCrashes.add("seed " + trySeed + "L: " + crash + " for " + body);
            }
            SendMessageBatchRequestEntry.Builder entry = SendMessageBatchRequestEntry.builder().id("e" + i).messageBody(body);
            if (fifo) {
                entry.messageGroupId("fuzz-" + fuzz.nextInt(4)).messageDeduplicationId(UUID.randomUUID().toString());
            }
            batch.add(entry.build());
            sentBodies.put("e" + i, body);
            if (batch.size() == 10 || i == MESSAGES_PER_QUEUE - 1) {
                SendMessageBatchResponse response = cloud().sqs().sendMessageBatch(r -> r.queueUrl(url).entries(batch));
                assertThat(response.failed()).as("SQS refused fuzzed bodies").isEmpty();
                response.successful().forEach(ok -> sentBodies.put(ok.messageId(), ok.id()));
                batch.clear();
            }
        }
        assertThat(parserCrashes).as("the parser must throw InvalidMessageException, nothing else").isEmpty();
        SuiteStats.MESSAGES_SENT.addAndGet(MESSAGES_PER_QUEUE);
        SuiteStats.QUEUE_FUZZ_CASES.addAndGet(MESSAGES_PER_QUEUE);
        SuiteStats.FUZZ_CASES.addAndGet(MESSAGES_PER_QUEUE);

        await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(100))
                .until(() -> inQueue(url) == 0 && inQueue(cloud().queueUrl(deadLetterQueue)) >= expectedInvalid.size());

        Map<String, String> reasons = new HashMap<>();
        List<String> withoutReason = new ArrayList<>();
        int duplicates = 0;
        String dlqUrl = cloud().queueUrl(deadLetterQueue);
        for (int round = 0; round < 50 && inQueue(dlqUrl) > 0; round++) {
            List<Message> messages = cloud().sqs().receiveMessage(r -> r.queueUrl(dlqUrl).maxNumberOfMessages(10)
                    .visibilityTimeout(60).messageAttributeNames("All")).messages();
            for (Message message : messages) {
                var reason = message.messageAttributes().get(SqsDeadLetters.REASON_ATTRIBUTE);
                var source = message.messageAttributes().get(SqsDeadLetters.SOURCE_MESSAGE_ID_ATTRIBUTE);
                if (reason == null || source == null) {
                    withoutReason.add(message.body());
                } else if (reasons.put(sentBodies.getOrDefault(source.stringValue(), source.stringValue()),
                        reason.stringValue()) != null) {
                    duplicates++;
                }
                cloud().sqs().deleteMessage(r -> r.queueUrl(dlqUrl).receiptHandle(message.receiptHandle()));
            }
        }
        Set<String> lost = new HashSet<>(expectedInvalid);
        lost.removeAll(reasons.keySet());
        SuiteStats.DUPLICATES.addAndGet(duplicates);
        SuiteStats.LOSSES.addAndGet(lost.size());
        SuiteStats.EFFECTS_OBSERVED.addAndGet(reasons.size());
        SuiteStats.REFUSALS_VERIFIED.addAndGet(reasons.size());

        String log = SuiteOutput.captured().substring(logStart);
        assertThat(withoutReason).as("dead letters without RejectReason (a failure that exhausted its retries)").isEmpty();
        assertThat(duplicates).as("dead-lettered twice").isZero();
        assertThat(lost).as("refused by the parser but not in the DLQ").isEmpty();
        assertThat(log).as("no unhandled failure while consuming fuzzed messages")
                .doesNotContain("message failed; it will be retried").doesNotContain("\"level\":\"ERROR\"");
        assertThat(reasons.values()).allSatisfy(reason -> assertThat(reason).doesNotContain("@").isNotBlank());
    }

    private int inQueue(String url) {
        return cloud().sqs().getQueueAttributes(r -> r.queueUrl(url).attributeNames(
                        QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                        QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).attributes().values().stream()
                .mapToInt(Integer::parseInt).sum();
    }
}
