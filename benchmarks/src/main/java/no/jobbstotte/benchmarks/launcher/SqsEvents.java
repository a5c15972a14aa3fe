package no.jobbstotte.benchmarks.launcher;

import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code body=} lines become records; {@code attr.X=} lines are every record's attributes. */
final class SqsEvents {

    private SqsEvents() {}

    static SQSEvent build(Map<String, String> single, List<String[]> all) {
        Map<String, String> attributes = new HashMap<>();
        attributes.put("ApproximateReceiveCount", "1");
        attributes.put("SentTimestamp", String.valueOf(System.currentTimeMillis()));
        for (String[] kv : all) {
            if (kv[0].startsWith("attr.")) {
                attributes.put(kv[0].substring(5), kv[1]);
            }
        }
        List<SQSEvent.SQSMessage> records = new ArrayList<>();
        int n = 0;
        for (String[] kv : all) {
            if (!kv[0].equals("body")) {
                continue;
            }
            SQSEvent.SQSMessage message = new SQSEvent.SQSMessage();
            message.setMessageId("bench-" + System.nanoTime() + "-" + n++);
            message.setReceiptHandle("bench-receipt");
            message.setBody(kv[1]);
            message.setAttributes(new HashMap<>(attributes));
            message.setMessageAttributes(new HashMap<>());
            message.setEventSource("aws:sqs");
            message.setEventSourceArn(single.get("arn"));
            message.setAwsRegion(single.getOrDefault("region", "eu-north-1"));
            records.add(message);
        }
        SQSEvent event = new SQSEvent();
        event.setRecords(records);
        return event;
    }
}
