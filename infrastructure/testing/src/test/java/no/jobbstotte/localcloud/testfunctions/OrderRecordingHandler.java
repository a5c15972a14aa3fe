package no.jobbstotte.localcloud.testfunctions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records the bodies it receives per message group, in the order received. */
public final class OrderRecordingHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {

    public static final Map<String, List<String>> RECEIVED = new ConcurrentHashMap<>();

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        for (SQSEvent.SQSMessage message : event.getRecords()) {
            RECEIVED.computeIfAbsent(message.getAttributes().get("MessageGroupId"), k -> new CopyOnWriteArrayList<>())
                    .add(message.getBody());
        }
        return new SQSBatchResponse(List.of());
    }
}
