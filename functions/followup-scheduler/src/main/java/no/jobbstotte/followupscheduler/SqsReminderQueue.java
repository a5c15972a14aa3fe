package no.jobbstotte.followupscheduler;

import java.util.ArrayList;
import java.util.List;
import no.jobbstotte.shared.followup.reminders.ReminderMessage;
import no.jobbstotte.shared.followup.reminders.ReminderMessageCodec;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.BatchResultErrorEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;

/**
 * SendMessageBatch, with the entries SQS failed on its own side (throttling, an internal error)
 * sent again a few times in the same run; only those still failing, or refused as the sender's
 * fault, are handed back. A call that fails as a whole on the first attempt throws: then nothing
 * of the batch is known to be on the queue.
 */
final class SqsReminderQueue implements ReminderQueue {

    /** Attempts per entry, the first included; the SDK already retries a call that failed as a whole. */
    static final int ATTEMPTS = 3;

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
        if (batch.size() > MAX_BATCH) {
            throw new IllegalArgumentException("at most " + MAX_BATCH + " messages per batch");
        }
        List<ReminderMessage> unsent = batch;
        List<ReminderMessage> refused = new ArrayList<>();
        for (int attempt = 1; attempt <= ATTEMPTS && !unsent.isEmpty(); attempt++) {
            List<BatchResultErrorEntry> failures;
            try {
                failures = sendOnce(unsent);
            } catch (RuntimeException e) {
                if (attempt == 1) {
                    throw e;
                }
                // Part of the batch is on the queue already: hand back only the rest.
                break;
            }
            List<ReminderMessage> retryable = new ArrayList<>();
            for (BatchResultErrorEntry failure : failures) {
                ReminderMessage message = unsent.get(Integer.parseInt(failure.id()));
                (Boolean.TRUE.equals(failure.senderFault()) ? refused : retryable).add(message);
            }
            unsent = retryable;
        }
        refused.addAll(unsent);
        return refused;
    }

    private List<BatchResultErrorEntry> sendOnce(List<ReminderMessage> batch) {
        List<SendMessageBatchRequestEntry> entries = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            entries.add(SendMessageBatchRequestEntry.builder().id(Integer.toString(i))
                    .messageBody(codec.write(batch.get(i))).build());
        }
        return sqs.sendMessageBatch(b -> b.queueUrl(queueUrl).entries(entries)).failed();
    }
}
