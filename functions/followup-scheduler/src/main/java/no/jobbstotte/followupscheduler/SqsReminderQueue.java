package no.jobbstotte.followupscheduler;

import java.util.ArrayList;
import java.util.List;
import no.jobbstotte.shared.followup.reminders.ReminderMessage;
import no.jobbstotte.shared.followup.reminders.ReminderMessageCodec;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.BatchResultErrorEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;

final class SqsReminderQueue implements ReminderQueue {

    private final SqsClient sqs;
    private final String queueUrl;
    private final ReminderMessageCodec codec;

    SqsReminderQueue(SqsClient sqs, String queueUrl, ReminderMessageCodec codec) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
        this.codec = codec;
    }

    @Override
    public List<ReminderMessage> send(List<ReminderMessage> batch) {
        if (batch.isEmpty()) {
            return List.of();
        }
        List<SendMessageBatchRequestEntry> entries = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            entries.add(SendMessageBatchRequestEntry.builder().id(Integer.toString(i))
                    .messageBody(codec.write(batch.get(i))).build());
        }
        List<BatchResultErrorEntry> failed = sqs.sendMessageBatch(b -> b.queueUrl(queueUrl).entries(entries)).failed();
        return failed.stream().map(f -> batch.get(Integer.parseInt(f.id()))).toList();
    }
}
