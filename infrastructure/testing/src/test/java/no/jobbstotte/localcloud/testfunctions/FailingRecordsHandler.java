package no.jobbstotte.localcloud.testfunctions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fails every record whose body starts with "fail"; holds a batch with a record starting with
 * "hold" until the test releases {@link #HOLD} (at most 5 s); remembers what it saw and in which
 * environment.
 */
public final class FailingRecordsHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {

    public static final Map<String, AtomicInteger> DELIVERIES = new ConcurrentHashMap<>();
    public static final ConcurrentLinkedQueue<Integer> BATCH_SIZES = new ConcurrentLinkedQueue<>();
    public static final Semaphore HOLD = new Semaphore(0);
    public static volatile Map<String, String> environment = Map.of();

    FailingRecordsHandler(Map<String, String> environment) {
        FailingRecordsHandler.environment = environment;
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        BATCH_SIZES.add(event.getRecords().size());
        List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
        for (SQSEvent.SQSMessage message : event.getRecords()) {
            DELIVERIES.computeIfAbsent(message.getBody(), k -> new AtomicInteger()).incrementAndGet();
            if (message.getBody().startsWith("hold")) {
                hold();
            }
            if (message.getBody().startsWith("fail")) {
                failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
            }
        }
        return new SQSBatchResponse(failures);
    }

    private static void hold() {
        try {
            HOLD.tryAcquire(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
