package no.jobbstotte.shared.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse.BatchItemFailure;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.events.SQSEvent.MessageAttribute;
import com.amazonaws.services.lambda.runtime.events.SQSEvent.SQSMessage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import no.jobbstotte.shared.log.Log;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link PartialBatch#processConcurrently}: messages side by side on a pool, message groups on virtual
 * threads, order and failures per group.
 */
class PartialBatchConcurrentlyTest {

    private static final String FIFO_ARN = "arn:aws:sqs:eu-north-1:000000000000:AgreementsQueue.fifo";
    private static final String STANDARD_ARN = "arn:aws:sqs:eu-north-1:000000000000:RemindersQueue";

    private final List<String> applied = Collections.synchronizedList(new ArrayList<>());
    private final List<String> deadLettered = Collections.synchronizedList(new ArrayList<>());
    private final ExecutorService groups = Executors.newVirtualThreadPerTaskExecutor();
    private final ExecutorService pool = Executors.newFixedThreadPool(4);
    private final PartialBatch batch = new PartialBatch((message, reason) -> deadLettered.add(message.getBody()));

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void fifo_interleavedGroups_eachGroupAppliedInItsOrder() {
        SQSBatchResponse response = batch.processConcurrently(
                event(fifo("a1", "A"), fifo("b1", "B"), fifo("a2", "A"), fifo("b2", "B"), fifo("a3", "A")),
                body -> body, applied::add, groups);

        assertThat(failures(response)).isEmpty();
        assertThat(applied).containsExactlyInAnyOrder("a1", "a2", "a3", "b1", "b2");
        assertThat(applied.stream().filter(b -> b.startsWith("a")).toList()).containsExactly("a1", "a2", "a3");
        assertThat(applied.stream().filter(b -> b.startsWith("b")).toList()).containsExactly("b1", "b2");
    }

    @Test
    void fifo_failureInOneGroup_failsThatGroupsLaterMessagesOnly() {
        SQSBatchResponse response = batch.processConcurrently(
                event(fifo("a1", "A"), fifo("b1", "B"), fifo("a2", "A"), fifo("b2", "B"), fifo("a3", "A")),
                body -> body, body -> {
                    if (body.equals("a2")) {
                        throw new IllegalStateException("throttled");
                    }
                    applied.add(body);
                }, groups);

        // Reported in batch order: the failed message and the one of its group that it would have overtaken.
        assertThat(failures(response)).containsExactly("id-a2", "id-a3");
        assertThat(applied).containsExactlyInAnyOrder("a1", "b1", "b2");
    }

    @Test
    void fifo_invalidMessage_deadLetteredAndItsGroupGoesOn() {
        SQSBatchResponse response = batch.processConcurrently(event(fifo("a1", "A"), fifo("a2", "A")),
                body -> body, body -> {
                    if (body.equals("a1")) {
                        throw new InvalidMessageException("conflicting version");
                    }
                    applied.add(body);
                }, groups);

        assertThat(failures(response)).isEmpty();
        assertThat(deadLettered).containsExactly("a1");
        assertThat(applied).containsExactly("a2");
    }

    @Test
    void standard_retryLater_reportedForRedeliveryNotDeadLettered_othersApplied() {
        SQSBatchResponse response = batch.processConcurrently(event(standard("m1"), standard("m2"), standard("m3")),
                body -> body, body -> {
                    if (body.equals("m2")) {
                        throw new RetryLaterException("another delivery holds it");
                    }
                    applied.add(body);
                }, pool);

        assertThat(failures(response)).containsExactly("id-m2");
        assertThat(deadLettered).isEmpty();
        assertThat(applied).containsExactlyInAnyOrder("m1", "m3");
    }

    @Test
    void fifo_deadLetterQueueDown_invalidMessageRetriedWithItsGroupsLaterMessages() {
        PartialBatch failingDeadLetters = new PartialBatch((message, reason) -> {
            throw new IllegalStateException("dead-letter queue unavailable");
        });

        SQSBatchResponse response = failingDeadLetters.processConcurrently(
                event(fifo("a1", "A"), fifo("b1", "B"), fifo("a2", "A")), body -> body, body -> {
                    if (body.equals("a1")) {
                        throw new InvalidMessageException("conflicting version");
                    }
                    applied.add(body);
                }, groups);

        assertThat(failures(response)).containsExactly("id-a1", "id-a2");
        assertThat(applied).containsExactly("b1");
    }

    @Test
    void fifo_differentGroups_runConcurrently() {
        // a1 can only finish once b1 has started: one group at a time would leave a1 waiting out its deadline.
        CountDownLatch b1Started = new CountDownLatch(1);
        SQSBatchResponse response = batch.processConcurrently(event(fifo("a1", "A"), fifo("b1", "B")),
                body -> body, body -> {
                    if (body.equals("b1")) {
                        applied.add(body);
                        b1Started.countDown();
                    } else if (b1Started.await(10, TimeUnit.SECONDS)) {
                        applied.add(body);
                    } else {
                        throw new IllegalStateException("groups ran one after the other");
                    }
                }, groups);

        assertThat(failures(response)).isEmpty();
        assertThat(applied).containsExactly("b1", "a1");
    }

    @Test
    void fifo_messageWithoutGroup_keptInBatchOrderWithOtherSuchMessages() {
        SQSBatchResponse response = batch.processConcurrently(event(fifo("x1", null), fifo("x2", null)),
                body -> body, body -> {
                    if (body.equals("x1")) {
                        throw new IllegalStateException("throttled");
                    }
                    applied.add(body);
                }, groups);

        assertThat(failures(response)).containsExactly("id-x1", "id-x2");
        assertThat(applied).isEmpty();
    }

    @Test
    void standardQueue_failureBlocksNoOtherMessage() {
        SQSBatchResponse response = batch.processConcurrently(
                event(standard("s1"), standard("s2"), standard("s3")), body -> body, body -> {
                    if (body.equals("s1")) {
                        throw new IllegalStateException("throttled");
                    }
                    applied.add(body);
                }, groups);

        assertThat(failures(response)).containsExactly("id-s1");
        assertThat(applied).containsExactlyInAnyOrder("s2", "s3");
    }

    @Test
    void emptyEvent_noFailures() {
        assertThat(failures(batch.processConcurrently(new SQSEvent(), body -> body, applied::add, groups))).isEmpty();
    }

    @Test
    void processConcurrently_messagesRunSideBySideAndOnlyTheFailedOneIsReported() {
        // Every action waits until all four are in flight at once, which a one-by-one loop never reaches.
        CyclicBarrier allInFlight = new CyclicBarrier(4);
        Map<String, String> correlationIds = new ConcurrentHashMap<>();

        var response = batch.processConcurrently(event(record("m-1"), record("m-2"), record("m-3"), record("m-4")),
                body -> body, body -> {
                    correlationIds.put(body, Log.correlationId());
                    awaitOthers(allInFlight);
                    if (body.equals("m-3")) {
                        throw new IllegalStateException("downstream unavailable");
                    }
                }, pool);

        assertThat(response.getBatchItemFailures()).extracting(BatchItemFailure::getItemIdentifier)
                .containsExactly("m-3");
        assertThat(correlationIds).containsExactlyInAnyOrderEntriesOf(
                Map.of("m-1", "corr-m-1", "m-2", "corr-m-2", "m-3", "corr-m-3", "m-4", "corr-m-4"));
        assertThat(deadLettered).isEmpty();
    }

    @Test
    void processConcurrently_invalidMessage_isDeadLetteredAndNotReported() {
        var response = batch.processConcurrently(event(record("m-1"), record("m-2")), body -> body, body -> {
            if (body.equals("m-2")) {
                throw new InvalidMessageException("kind must be known");
            }
        }, pool);

        assertThat(response.getBatchItemFailures()).isEmpty();
        assertThat(deadLettered).containsExactly("m-2");
    }

    @Test
    void processConcurrently_fifoBatch_keepsOrderAndFailsEverythingAfterTheFirstFailure() {
        List<String> handled = new ArrayList<>();
        SQSEvent fifo = event(fifo(record("m-1")), fifo(record("m-2")), fifo(record("m-3")));

        var response = batch.processConcurrently(fifo, body -> body, body -> {
            handled.add(body);
            if (body.equals("m-2")) {
                throw new IllegalStateException("downstream unavailable");
            }
        }, pool);

        assertThat(handled).containsExactly("m-1", "m-2");
        assertThat(response.getBatchItemFailures()).extracting(BatchItemFailure::getItemIdentifier)
                .containsExactly("m-2", "m-3");
    }

    private static void awaitOthers(CyclicBarrier barrier) throws InterruptedException {
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (BrokenBarrierException | TimeoutException e) {
            throw new AssertionError("the batch's messages were not in flight at the same time", e);
        }
    }

    private static SQSEvent event(SQSMessage... records) {
        SQSEvent event = new SQSEvent();
        event.setRecords(List.of(records));
        return event;
    }

    private static SQSMessage fifo(String body, String group) {
        SQSMessage message = message(body, FIFO_ARN);
        message.setAttributes(group == null ? Map.of() : Map.of("MessageGroupId", group));
        return message;
    }

    private static SQSMessage standard(String body) {
        return message(body, STANDARD_ARN);
    }

    private static SQSMessage message(String body, String arn) {
        SQSMessage message = new SQSMessage();
        message.setMessageId("id-" + body);
        message.setBody(body);
        message.setEventSourceArn(arn);
        return message;
    }

    private static List<String> failures(SQSBatchResponse response) {
        return response.getBatchItemFailures().stream().map(BatchItemFailure::getItemIdentifier).toList();
    }

    private static SQSMessage record(String id) {
        SQSMessage record = new SQSMessage();
        record.setMessageId(id);
        record.setBody(id);
        record.setEventSourceArn("arn:aws:sqs:eu-north-1:000000000000:reminders");
        MessageAttribute correlationId = new MessageAttribute();
        correlationId.setStringValue("corr-" + id);
        correlationId.setDataType("String");
        record.setMessageAttributes(Map.of("CorrelationId", correlationId));
        return record;
    }

    private static SQSMessage fifo(SQSMessage record) {
        record.setEventSourceArn("arn:aws:sqs:eu-north-1:000000000000:events.fifo");
        return record;
    }
}
