package no.jobbstotte.localcloud.events;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import no.jobbstotte.localcloud.runtime.FunctionRuntime;
import no.jobbstotte.shared.log.Log;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.ChangeMessageVisibilityRequest;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequest;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.ReceiveMessageRequest;

/**
 * An SQS event source mapping: polls the queue and invokes the function with real {@link SQSEvent}
 * batches. With {@code ReportBatchItemFailures} only the reported items stay on the queue;
 * without it, any failure leaves the whole batch. What stays becomes visible again and, after the
 * queue's maxReceiveCount, the redrive policy moves it to the dead-letter queue.
 */
public final class SqsEventSource implements AutoCloseable {

    private static final Log LOG = Log.get(SqsEventSource.class);

    /**
     * The mapping as the template states it, with the queue's maxReceiveCount (0 without a
     * redrive policy).
     */
    public record Mapping(String functionId, String eventName, String queueUrl, String queueArn, int batchSize,
            boolean reportBatchItemFailures, int maxReceiveCount) {}

    private final Mapping mapping;
    private final SqsClient sqs;
    private final FunctionRuntime function;
    private final String region;
    private final Duration retryVisibility;
    private final AtomicLong invocations = new AtomicLong();
    /** Messages received and not yet deleted or dead-lettered, by message id: when each was sent. */
    private final Map<String, Instant> unfinished = new ConcurrentHashMap<>();
    private final List<Thread> pollers;
    /** One permit per poller, held while it receives and delivers; {@link #suspend()} takes them all. */
    private final Semaphore turns;
    private volatile boolean running = true;

    /**
     * @param retryVisibility how soon a failed message is offered again; {@code null} keeps the
     *     queue's own visibility timeout, as on AWS. Tests shorten it to see retries quickly.
     */
    public SqsEventSource(Mapping mapping, SqsClient sqs, FunctionRuntime function, String region, Duration retryVisibility,
            int pollers) {
        this.mapping = mapping;
        this.sqs = sqs;
        this.function = function;
        this.region = region;
        this.retryVisibility = retryVisibility;
        // Lambda polls with several pollers at once; on a FIFO queue the queue itself keeps each
        // message group to one batch in flight, so order per group holds.
        // Fair, so a suspend() waiting for every permit is not overtaken by pollers coming round again.
        this.turns = new Semaphore(pollers, true);
        this.pollers = java.util.stream.IntStream.range(0, pollers)
                .mapToObj(i -> Thread.ofPlatform().daemon()
                        .name("sqs-" + mapping.functionId() + "-" + mapping.eventName() + "-" + i).unstarted(this::run))
                .toList();
    }

    public SqsEventSource start() {
        pollers.forEach(Thread::start);
        return this;
    }

    public Mapping mapping() {
        return mapping;
    }

    public long invocations() {
        return invocations.get();
    }

    /**
     * How long the oldest message this source has received, and not yet finished, has been on
     * the queue: the local stand-in for ApproximateAgeOfOldestMessage. Only received messages
     * count, since seeing the others would mean receiving them, which changes their receive
     * count and so their redrive; a queue whose consumer keeps up holds none for long.
     */
    public Duration oldestUnfinishedAge(Instant now) {
        return unfinished.values().stream().min(Instant::compareTo).map(sent -> Duration.between(sent, now))
                .filter(age -> !age.isNegative()).orElse(Duration.ZERO);
    }

    /** Forgets what it held, as the local cloud does when it empties the queues between tests. */
    public void resetCounts() {
        unfinished.clear();
    }

    /**
     * Stops polling until {@link #resume()}, once every batch being received or delivered is done:
     * for tests that let another consumer (a process they kill) take the queue's messages.
     */
    public void suspend() {
        turns.acquireUninterruptibly(pollers.size());
    }

    public void resume() {
        turns.release(pollers.size());
    }

    private void run() {
        while (running) {
            try {
                turns.acquire();
            } catch (InterruptedException e) {
                return;
            }
            try {
                if (running) {
                    poll();
                }
            } finally {
                turns.release();
            }
        }
    }

    private void poll() {
        try {
            List<Message> messages = sqs.receiveMessage(ReceiveMessageRequest.builder()
                    .queueUrl(mapping.queueUrl())
                    .maxNumberOfMessages(Math.min(10, mapping.batchSize()))
                    .waitTimeSeconds(1)
                    .messageSystemAttributeNames(MessageSystemAttributeName.ALL)
                    .messageAttributeNames("All")
                    .build()).messages();
            if (!messages.isEmpty() && running) {
                deliver(messages);
            }
        } catch (RuntimeException e) {
            if (running) {
                LOG.error("polling failed; retrying", e, "function", mapping.functionId(), "queue", mapping.queueArn());
                pause();
            }
        }
    }

    private void deliver(List<Message> messages) {
        messages.forEach(m -> unfinished.putIfAbsent(m.messageId(), sentAt(m)));
        Set<String> failed = new HashSet<>();
        try {
            Object response = function.invoke(event(messages, mapping.queueArn(), region));
            invocations.incrementAndGet();
            if (mapping.reportBatchItemFailures() && response instanceof SQSBatchResponse batch
                    && batch.getBatchItemFailures() != null) {
                batch.getBatchItemFailures().forEach(f -> failed.add(f.getItemIdentifier()));
            }
        } catch (RuntimeException e) {
            invocations.incrementAndGet();
            LOG.error("function failed; the whole batch stays on the queue", e, "function", mapping.functionId());
            messages.forEach(m -> failed.add(m.messageId()));
        }
        List<DeleteMessageBatchRequestEntry> done = new ArrayList<>();
        for (Message message : messages) {
            if (failed.contains(message.messageId())) {
                retryLater(message);
                if (lastReceive(message)) {
                    // The queue moves it to the dead-letter queue, whose own alarm watches it.
                    unfinished.remove(message.messageId());
                }
            } else {
                done.add(DeleteMessageBatchRequestEntry.builder().id(String.valueOf(done.size()))
                        .receiptHandle(message.receiptHandle()).build());
            }
        }
        if (!done.isEmpty()) {
            sqs.deleteMessageBatch(DeleteMessageBatchRequest.builder().queueUrl(mapping.queueUrl()).entries(done).build());
            messages.stream().map(Message::messageId).filter(id -> !failed.contains(id)).forEach(unfinished::remove);
        }
    }

    private static Instant sentAt(Message message) {
        String sent = message.attributes().get(MessageSystemAttributeName.SENT_TIMESTAMP);
        return sent == null ? Instant.now() : Instant.ofEpochMilli(Long.parseLong(sent));
    }

    private boolean lastReceive(Message message) {
        String count = message.attributes().get(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT);
        return mapping.maxReceiveCount() > 0 && count != null && Integer.parseInt(count) >= mapping.maxReceiveCount();
    }

    private void retryLater(Message message) {
        if (retryVisibility != null) {
            sqs.changeMessageVisibility(ChangeMessageVisibilityRequest.builder().queueUrl(mapping.queueUrl())
                    .receiptHandle(message.receiptHandle()).visibilityTimeout((int) retryVisibility.toSeconds()).build());
        }
    }

    /** The {@link SQSEvent} Lambda builds from received messages. */
    public static SQSEvent event(List<Message> messages, String queueArn, String region) {
        List<SQSEvent.SQSMessage> records = new ArrayList<>();
        for (Message message : messages) {
            SQSEvent.SQSMessage record = new SQSEvent.SQSMessage();
            record.setMessageId(message.messageId());
            record.setReceiptHandle(message.receiptHandle());
            record.setBody(message.body());
            record.setMd5OfBody(message.md5OfBody());
            record.setMd5OfMessageAttributes(message.md5OfMessageAttributes());
            Map<String, String> attributes = new HashMap<>();
            message.attributes().forEach((k, v) -> attributes.put(k.toString(), v));
            record.setAttributes(attributes);
            Map<String, SQSEvent.MessageAttribute> messageAttributes = new HashMap<>();
            message.messageAttributes().forEach((name, value) -> {
                SQSEvent.MessageAttribute attribute = new SQSEvent.MessageAttribute();
                attribute.setDataType(value.dataType());
                attribute.setStringValue(value.stringValue());
                messageAttributes.put(name, attribute);
            });
            record.setMessageAttributes(messageAttributes);
            record.setEventSource("aws:sqs");
            record.setEventSourceArn(queueArn);
            record.setAwsRegion(region);
            records.add(record);
        }
        SQSEvent event = new SQSEvent();
        event.setRecords(records);
        return event;
    }

    private void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /** Whether any of its pollers is still running: polling, delivering, or winding down. */
    public boolean isPolling() {
        return pollers.stream().anyMatch(Thread::isAlive);
    }

    /** Tells the pollers to stop after the receive or delivery in hand; {@link #close()} waits for them. */
    public void stopPolling() {
        if (running) {
            running = false;
            // Lets suspended pollers see that they are done.
            turns.release(pollers.size());
        }
    }

    @Override
    public void close() {
        stopPolling();
        try {
            for (Thread poller : pollers) {
                poller.join(Duration.ofSeconds(5));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
