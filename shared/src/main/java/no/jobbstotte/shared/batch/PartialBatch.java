package no.jobbstotte.shared.batch;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse.BatchItemFailure;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.events.SQSEvent.SQSMessage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import no.jobbstotte.shared.log.Log;

/**
 * Turns an SQS batch into a partial-batch response ({@code ReportBatchItemFailures}).
 *
 * <ul>
 *   <li>A message that can never succeed ({@link InvalidMessageException}) goes to the dead-letter
 *       queue with its reason at once and is then done with.
 *   <li>A message that cannot be handled yet ({@link RetryLaterException}) is reported for
 *       redelivery, logged at INFO: a duplicate delivery waiting for the first is not an error.
 *   <li>Any other failure is reported, so SQS redelivers it and, after maxReceiveCount, the
 *       redrive policy moves it to the dead-letter queue.
 *   <li>On a FIFO queue the first failure also fails every later message of the batch, so no
 *       message overtakes one of its group that is still waiting for a retry.
 * </ul>
 *
 * <p>{@link #processConcurrently} gives the same outcome per message with message groups (on a
 * standard queue, messages) side by side; each message runs under its own correlation id.
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
     * As {@link #process}, but message groups run at once on {@code executor}, each group in its own
     * order, and the call returns when all are settled. A failure fails the later messages of its
     * group only, since SQS keeps order per group and nothing across groups; on a standard queue
     * every message is a group of its own. For actions that are safe to run in parallel on
     * different groups and whose calls wait mostly on the network.
     */
    public <T> SQSBatchResponse processConcurrently(SQSEvent event, Parser<T> parser, Action<T> action,
            Executor executor) {
        List<SQSMessage> records = event.getRecords() == null ? List.of() : event.getRecords();
        Map<String, List<SQSMessage>> groups = new LinkedHashMap<>();
        for (SQSMessage record : records) {
            groups.computeIfAbsent(groupOf(record), g -> new ArrayList<>()).add(record);
        }
        Set<String> failed = ConcurrentHashMap.newKeySet();
        CompletableFuture.allOf(groups.values().stream()
                .map(group -> CompletableFuture.runAsync(() -> handleInOrder(group, parser, action, failed), executor))
                .toArray(CompletableFuture[]::new)).join();
        List<BatchItemFailure> failures = records.stream().filter(r -> failed.contains(r.getMessageId()))
                .map(r -> new BatchItemFailure(r.getMessageId())).toList();
        return SQSBatchResponse.builder().withBatchItemFailures(failures).build();
    }

    private <T> void handleInOrder(List<SQSMessage> group, Parser<T> parser, Action<T> action, Set<String> failed) {
        boolean blocked = false;
        for (SQSMessage record : group) {
            if (blocked || !Log.withCorrelationId(correlationId(record), () -> handle(record, parser, action))) {
                failed.add(record.getMessageId());
                blocked = true;
            }
        }
    }

    private static String groupOf(SQSMessage record) {
        if (!isFifo(record)) {
            return "message:" + record.getMessageId();
        }
        String group = record.getAttributes() == null ? null : record.getAttributes().get("MessageGroupId");
        // Without its group a FIFO message joins one shared group: slower, never out of order.
        return group == null ? "unknown-group" : "group:" + group;
    }

    private <T> boolean handle(SQSMessage record, Parser<T> parser, Action<T> action) {
        try {
            action.apply(parser.parse(record.getBody()));
            return true;
        } catch (InvalidMessageException invalid) {
            return reject(record, invalid.reason());
        } catch (RetryLaterException later) {
            LOG.info("message deferred; it will be retried", "messageId", record.getMessageId(),
                    "receiveCount", receiveCount(record), "reason", later.getMessage());
            return false;
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
