package no.jobbstotte.shared.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse.BatchItemFailure;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.events.SQSEvent.MessageAttribute;
import com.amazonaws.services.lambda.runtime.events.SQSEvent.SQSMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import no.jobbstotte.shared.log.Log;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PartialBatchConcurrencyTest {

    private final ExecutorService pool = Executors.newFixedThreadPool(4);
    private final List<String> deadLettered = new CopyOnWriteArrayList<>();
    private final PartialBatch batch = new PartialBatch((message, reason) -> deadLettered.add(message.getMessageId()));

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
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
