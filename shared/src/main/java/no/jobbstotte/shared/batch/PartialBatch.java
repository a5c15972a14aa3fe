package no.jobbstotte.shared.batch;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse.BatchItemFailure;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.events.SQSEvent.SQSMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import no.jobbstotte.shared.log.Log;

/**
 * Turns an SQS batch into a partial-batch response ({@code ReportBatchItemFailures}).
 *
 * <ul>
 *   <li>A message that can never succeed ({@link InvalidMessageException}) goes to the dead-letter
 *       queue with its reason at once and is then done with.
 *   <li>Any other failure is reported, so SQS redelivers it and, after maxReceiveCount, the
 *       redrive policy moves it to the dead-letter queue.
 *   <li>On a FIFO queue the first failure also fails every later message of the batch, so no
 *       message overtakes one of its group that is still waiting for a retry.
 * </ul>
 *
 * <p>{@link #processConcurrently} handles a standard queue's messages side by side, with the same
 * outcome per message; each task runs under its message's correlation id.
 */
public final class PartialBatch {

    private static final Log LOG = Log.get(PartialBatch.class);

    private final DeadLetters deadLetters;

    public PartialBatch(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @FunctionalInterface
    public interface Parser<T> {
        T parse(String body);
    }

    @FunctionalInterface
    public interface Action<T> {
        void apply(T message) throws Exception;
    }

    public <T> SQSBatchResponse process(SQSEvent event, Parser<T> parser, Action<T> action) {
        List<SQSMessage> records = event.getRecords() == null ? List.of() : event.getRecords();
        List<BatchItemFailure> failures = new ArrayList<>();
        boolean blocked = false;
        for (SQSMessage record : records) {
            if (blocked) {
                failures.add(new BatchItemFailure(record.getMessageId()));
                continue;
            }
            boolean ok = Log.withCorrelationId(correlationId(record), () -> handle(record, parser, action));
            if (!ok) {
                failures.add(new BatchItemFailure(record.getMessageId()));
                blocked = isFifo(record);
            }
        }
        return SQSBatchResponse.builder().withBatchItemFailures(failures).build();
    }

    /**
     * As {@link #process}, but the messages run at once on {@code executor} and the call returns when
     * all are settled. For actions whose messages are independent of each other. A FIFO batch is
     * still handled in order.
     */
    public <T> SQSBatchResponse processConcurrently(SQSEvent event, Parser<T> parser, Action<T> action,
            Executor executor) {
        List<SQSMessage> records = event.getRecords() == null ? List.of() : event.getRecords();
        if (records.stream().anyMatch(PartialBatch::isFifo)) {
            return process(event, parser, action);
        }
        List<CompletableFuture<Boolean>> handled = records.stream()
                .map(record -> CompletableFuture.supplyAsync(
                        () -> Log.withCorrelationId(correlationId(record), () -> handle(record, parser, action)),
                        executor))
                .toList();
        List<BatchItemFailure> failures = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            if (!handled.get(i).join()) {
                failures.add(new BatchItemFailure(records.get(i).getMessageId()));
            }
        }
        return SQSBatchResponse.builder().withBatchItemFailures(failures).build();
    }

    private <T> boolean handle(SQSMessage record, Parser<T> parser, Action<T> action) {
        try {
            action.apply(parser.parse(record.getBody()));
            return true;
        } catch (InvalidMessageException invalid) {
            return reject(record, invalid.reason());
        } catch (Exception e) {
            LOG.error("message failed; it will be retried", e, "messageId", record.getMessageId(),
                    "receiveCount", receiveCount(record));
            return false;
        }
    }

    private boolean reject(SQSMessage record, String reason) {
        try {
            deadLetters.send(record, reason);
            LOG.warn("message rejected to the dead-letter queue", "messageId", record.getMessageId(), "reason", reason);
            return true;
        } catch (RuntimeException e) {
            LOG.error("could not dead-letter a rejected message; it will be retried", e,
                    "messageId", record.getMessageId());
            return false;
        }
    }

    private static String correlationId(SQSMessage record) {
        var attributes = record.getMessageAttributes();
        if (attributes != null && attributes.get("CorrelationId") != null
                && attributes.get("CorrelationId").getStringValue() != null) {
            return attributes.get("CorrelationId").getStringValue();
        }
        return record.getMessageId();
    }

    private static boolean isFifo(SQSMessage record) {
        return record.getEventSourceArn() != null && record.getEventSourceArn().endsWith(".fifo");
    }

    private static String receiveCount(SQSMessage record) {
        return record.getAttributes() == null ? null : record.getAttributes().get("ApproximateReceiveCount");
    }
}
