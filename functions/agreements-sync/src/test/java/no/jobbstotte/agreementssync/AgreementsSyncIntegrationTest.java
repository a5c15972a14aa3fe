package no.jobbstotte.agreementssync;

import static no.jobbstotte.agreementssync.TestAgreements.message;
import static no.jobbstotte.shared.agreement.AgreementTestData.fresh;
import static no.jobbstotte.shared.agreement.AgreementTestData.withPositions;
import static no.jobbstotte.shared.agreement.AgreementTestData.withVersion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.jobbstotte.localcloud.LocalCloud;
import no.jobbstotte.localcloud.testing.LocalCloudExtension;
import no.jobbstotte.shared.agreement.Agreement;
import no.jobbstotte.shared.agreement.AgreementMessage;
import no.jobbstotte.shared.agreement.ProcessingStatus;
import no.jobbstotte.shared.agreement.VersionConflict;
import no.jobbstotte.shared.batch.SqsDeadLetters;
import no.jobbstotte.shared.table.agreements.AgreementStore;
import no.jobbstotte.shared.table.agreements.DynamoDbAgreementStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** AgreementsQueue → AgreementsSyncFunction → AgreementsTable, on the local cloud from template.yaml. */
class AgreementsSyncIntegrationTest {

    @RegisterExtension
    static final LocalCloudExtension CLOUD = LocalCloudExtension.fromTemplate();

    private static final Duration WAIT = Duration.ofSeconds(20);
    private final List<Message> deadLettered = new ArrayList<>();

    private static LocalCloud cloud() {
        return CLOUD.cloud();
    }

    private static AgreementStore store() {
        return new DynamoDbAgreementStore(cloud().dynamoDb(), cloud().tableName("AgreementsTable"));
    }

    @Test
    void sync_newAgreement_storedWithOneHistoryEntryAndStatusStored() {
        Agreement agreement = fresh();

        send(message(agreement));

        awaitStatus(agreement, ProcessingStatus.STORED);
        assertThat(store().current(agreement.chainId(), agreement.agreementId()).orElseThrow().agreement()).isEqualTo(agreement);
        assertThat(AgreementsTableItems.history(cloud(), agreement)).hasSize(1);
        assertThat(deadLetters()).isEmpty();
    }

    @Test
    void sync_sameMessageSentTwice_changesNothing() {
        Agreement agreement = fresh();
        AgreementMessage message = message(agreement);
        send(message);
        awaitStatus(agreement, ProcessingStatus.STORED);
        var before = store().current(agreement.chainId(), agreement.agreementId()).orElseThrow();
        var statusBefore = store().latestStatus(agreement.chainId(), agreement.agreementId()).orElseThrow();

        // A new deduplication id gets it past SQS, as a resend after the five-minute window would.
        send(message, message.deduplicationId() + "-again");
        awaitQueueDrained();

        assertThat(store().current(agreement.chainId(), agreement.agreementId())).contains(before);
        assertThat(store().latestStatus(agreement.chainId(), agreement.agreementId())).contains(statusBefore);
        assertThat(AgreementsTableItems.history(cloud(), agreement)).hasSize(1);
        assertThat(deadLetters()).isEmpty();
    }

    @Test
    void handler_sameEventInvokedTwice_noFailuresAndOneHistoryEntry() {
        Agreement agreement = fresh();
        AgreementsSyncHandler handler = new AgreementsSyncHandler(cloud().functionEnvironment("AgreementsSyncFunction"));
        SQSEvent event = event(message(agreement));

        SQSBatchResponse first = handler.handleRequest(event, null);
        var before = store().current(agreement.chainId(), agreement.agreementId()).orElseThrow();
        SQSBatchResponse second = handler.handleRequest(event, null);

        assertThat(first.getBatchItemFailures()).isEmpty();
        assertThat(second.getBatchItemFailures()).isEmpty();
        assertThat(store().current(agreement.chainId(), agreement.agreementId())).contains(before);
        assertThat(AgreementsTableItems.history(cloud(), agreement)).hasSize(1);
        assertThat(status(agreement)).contains(ProcessingStatus.STORED);
        assertThat(deadLetters()).isEmpty();
    }

    @Test
    void handler_threeAgreementsInterleavedInOneBatch_eachGroupStoredInOrder() {
        // The groups run concurrently; within each the versions must still arrive 1, 2, 3, or an
        // earlier version would be found stale behind a later one.
        List<Agreement> firsts = List.of(fresh(), fresh(), fresh());
        List<AgreementMessage> batch = new ArrayList<>();
        for (long version = 1; version <= 3; version++) {
            for (Agreement first : firsts) {
                batch.add(message(withVersion(first, version)));
            }
        }
        AgreementsSyncHandler handler = new AgreementsSyncHandler(cloud().functionEnvironment("AgreementsSyncFunction"));

        SQSBatchResponse response = handler.handleRequest(event(batch), null);

        assertThat(response.getBatchItemFailures()).isEmpty();
        for (Agreement first : firsts) {
            for (long version = 1; version <= 3; version++) {
                assertThat(status(withVersion(first, version))).as("version " + version).contains(ProcessingStatus.STORED);
            }
            assertThat(AgreementsTableItems.history(cloud(), first)).extracting(item -> item.get("version").n())
                    .containsExactly("1", "2", "3");
            assertThat(store().current(first.chainId(), first.agreementId()).orElseThrow().agreement())
                    .isEqualTo(withVersion(first, 3));
        }
    }

    @Test
    void handler_conflictInOneGroup_rejectedNotDeadLetteredAndEveryGroupCarriesOn() {
        Agreement a = fresh();
        Agreement b = fresh();
        AgreementsSyncHandler handler = new AgreementsSyncHandler(cloud().functionEnvironment("AgreementsSyncFunction"));
        handler.handleRequest(event(List.of(message(a))), null);

        SQSBatchResponse response = handler.handleRequest(event(List.of(message(withPositions(a, a.adaptedPositions() + 1)),
                message(b), message(withVersion(a, 2)), message(withVersion(b, 2)))), null);

        assertThat(response.getBatchItemFailures()).isEmpty();
        assertThat(deadLetters()).isEmpty();
        assertThat(status(a)).contains(ProcessingStatus.REJECTED);
        assertThat(store().current(a.chainId(), a.agreementId()).orElseThrow().agreement()).isEqualTo(withVersion(a, 2));
        assertThat(store().current(b.chainId(), b.agreementId()).orElseThrow().agreement()).isEqualTo(withVersion(b, 2));
        assertThat(status(withVersion(b, 1))).contains(ProcessingStatus.STORED);
    }

    @Test
    void sync_versions3Then1And2_keeps3AndRecordsOlderAsStale() {
        Agreement v3 = withVersion(fresh(), 3);

        send(message(v3));
        send(message(withVersion(v3, 1)));
        send(message(withVersion(v3, 2)));

        // One message group, so 2 is processed last.
        awaitStatus(withVersion(v3, 2), ProcessingStatus.STALE);
        assertThat(status(withVersion(v3, 1))).contains(ProcessingStatus.STALE);
        assertThat(status(v3)).contains(ProcessingStatus.STORED);
        assertThat(store().current(v3.chainId(), v3.agreementId()).orElseThrow().agreement()).isEqualTo(v3);
        assertThat(store().latestStatus(v3.chainId(), v3.agreementId()).orElseThrow().version()).isEqualTo(3);
        assertThat(deadLetters()).isEmpty();
    }

    @Test
    void sync_sameVersionOtherContent_rejectedWithReasonAndNotDeadLettered() {
        Agreement agreement = fresh();
        send(message(agreement));
        awaitStatus(agreement, ProcessingStatus.STORED);
        AgreementMessage rival = message(withPositions(agreement, agreement.adaptedPositions() + 1));

        send(rival);

        awaitStatus(agreement, ProcessingStatus.REJECTED);
        awaitQueueDrained();
        assertThat(deadLetters()).isEmpty();
        assertThat(store().latestStatus(agreement.chainId(), agreement.agreementId()).orElseThrow().reason())
                .isEqualTo(VersionConflict.reason(1));
        assertThat(store().current(agreement.chainId(), agreement.agreementId()).orElseThrow().agreement()).isEqualTo(agreement);
    }

    @Test
    void sync_malformedBodies_deadLetteredWithReasonAndNothingStored() {
        sendRaw("not json", "g-" + UUID.randomUUID());
        sendRaw("{\"agreement\":{\"chainId\":\"kjede-1\"},\"requestId\":\"r\",\"acceptedAt\":\"2026-01-05T08:00:00Z\"}",
                "g-" + UUID.randomUUID());
        sendRaw("{\"requestId\":\"r\"}", "g-" + UUID.randomUUID());

        List<Message> dead = await().atMost(WAIT).until(this::deadLetters, m -> m.size() >= 3);
        assertThat(dead).hasSize(3).extracting(AgreementsSyncIntegrationTest::reason).containsExactlyInAnyOrder(
                "agreement message is malformed: JsonParseException",
                "agreement message is malformed: Invalid agreement field agreementId",
                "agreement message: 'agreement' object missing");
        assertThat(AgreementsTableItems.count(cloud())).isZero();
    }

    private void send(AgreementMessage message) {
        send(message, message.deduplicationId());
    }

    private void send(AgreementMessage message, String deduplicationId) {
        cloud().sqs().sendMessage(r -> r.queueUrl(cloud().queueUrl("AgreementsQueue")).messageBody(message.toJson())
                .messageGroupId(message.messageGroupId()).messageDeduplicationId(deduplicationId));
    }

    private void sendRaw(String body, String group) {
        cloud().sqs().sendMessage(r -> r.queueUrl(cloud().queueUrl("AgreementsQueue")).messageBody(body)
                .messageGroupId(group).messageDeduplicationId(UUID.randomUUID().toString()));
    }

    private SQSEvent event(AgreementMessage message) {
        return event(List.of(message));
    }

    private SQSEvent event(List<AgreementMessage> messages) {
        List<SQSEvent.SQSMessage> records = new ArrayList<>();
        for (AgreementMessage message : messages) {
            SQSEvent.SQSMessage record = new SQSEvent.SQSMessage();
            record.setMessageId(UUID.randomUUID().toString());
            record.setBody(message.toJson());
            record.setEventSourceArn(cloud().queueArn("AgreementsQueue"));
            record.setAttributes(Map.of("MessageGroupId", message.messageGroupId(), "ApproximateReceiveCount", "1"));
            records.add(record);
        }
        SQSEvent event = new SQSEvent();
        event.setRecords(records);
        return event;
    }

    private static Optional<ProcessingStatus> status(Agreement a) {
        return AgreementsTableItems.status(cloud(), a);
    }

    private static void awaitStatus(Agreement a, ProcessingStatus expected) {
        await().atMost(WAIT).until(() -> status(a), s -> s.equals(Optional.of(expected)));
    }

    private static void awaitQueueDrained() {
        await().atMost(WAIT).until(() -> {
            Map<QueueAttributeName, String> attributes = cloud().sqs().getQueueAttributes(r -> r
                    .queueUrl(cloud().queueUrl("AgreementsQueue"))
                    .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                            QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).attributes();
            return attributes.values().stream().allMatch("0"::equals);
        });
    }

    /**
     * Everything received from the dead-letter queue so far in this test. Received messages stay
     * hidden for a while, so each poll adds to what earlier polls saw instead of starting over.
     */
    private List<Message> deadLetters() {
        deadLettered.addAll(cloud().sqs().receiveMessage(r -> r.queueUrl(cloud().queueUrl("AgreementsDeadLetterQueue"))
                .maxNumberOfMessages(10).waitTimeSeconds(1).messageAttributeNames("All")).messages());
        return List.copyOf(deadLettered);
    }

    private static String reason(Message message) {
        return message.messageAttributes().get(SqsDeadLetters.REASON_ATTRIBUTE).stringValue();
    }
}
