package no.jobbstotte.agreementsapi;

import java.util.ArrayList;
import java.util.List;
import no.jobbstotte.shared.agreement.AgreementMessage;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchResponse;

/**
 * SendMessageBatch, at most ten messages a call, with each agreement's group and deduplication id.
 * Stops at the first call that fails, and says which messages SQS confirmed before it.
 */
public final class SqsQueueSender implements QueueSender {

    static final int MAX_BATCH = 10;

    private final SqsClient sqs;
    private final String queueUrl;

    public SqsQueueSender(SqsClient sqs, String queueUrl) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
    }

    @Override
    public void send(List<AgreementMessage> messages) {
        List<AgreementMessage> queued = new ArrayList<>();
        for (int start = 0; start < messages.size(); start += MAX_BATCH) {
            List<SendMessageBatchRequestEntry> entries = new ArrayList<>();
            List<AgreementMessage> chunk = messages.subList(start, Math.min(start + MAX_BATCH, messages.size()));
            for (int i = 0; i < chunk.size(); i++) {
                AgreementMessage message = chunk.get(i);
                entries.add(SendMessageBatchRequestEntry.builder()
                        .id(Integer.toString(i))
                        .messageGroupId(message.messageGroupId())
                        .messageDeduplicationId(message.deduplicationId())
                        .messageBody(message.toJson())
                        .build());
            }
            SendMessageBatchResponse response;
            try {
                response = sqs.sendMessageBatch(r -> r.queueUrl(queueUrl).entries(entries));
            } catch (SdkException e) {
                // Unconfirmed counts as not queued, even if SQS took it before the answer was lost:
                // such a message is stored all the same, but is never claimed as accepted.
                throw new QueueUnavailableException("SendMessageBatch failed", e, queued);
            }
            response.successful().forEach(ok -> queued.add(chunk.get(Integer.parseInt(ok.id()))));
            if (response.hasFailed() && !response.failed().isEmpty()) {
                throw new QueueUnavailableException(response.failed().size() + " of " + entries.size()
                        + " messages were not sent (first code " + response.failed().get(0).code() + ")", null, queued);
            }
        }
    }
}
