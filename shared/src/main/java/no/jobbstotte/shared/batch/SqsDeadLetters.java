package no.jobbstotte.shared.batch;

import com.amazonaws.services.lambda.runtime.events.SQSEvent.SQSMessage;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.SendMessageRequest;

/**
 * Sends a rejected message to the function's dead-letter queue with the reason as a message
 * attribute, so an operator sees why without digging through logs. On a FIFO DLQ the message
 * keeps its group and uses its own id for deduplication, so a retried send is harmless.
 *
 * <p>The client comes from a supplier so it is built on the first rejected message, not at init:
 * most batches reject nothing, and an SQS client a function otherwise never uses would add to
 * every cold start.
 */
public final class SqsDeadLetters implements DeadLetters {

    public static final String REASON_ATTRIBUTE = "RejectReason";
    public static final String SOURCE_MESSAGE_ID_ATTRIBUTE = "SourceMessageId";

    private final Supplier<SqsClient> sqs;
    private final String queueUrl;

    public SqsDeadLetters(Supplier<SqsClient> sqs, String queueUrl) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
    }

    @Override
    public void send(SQSMessage message, String reason) {
        SendMessageRequest.Builder request = SendMessageRequest.builder()
                .queueUrl(queueUrl)
                .messageBody(message.getBody())
                .messageAttributes(Map.of(
                        REASON_ATTRIBUTE, text(truncate(reason)),
                        SOURCE_MESSAGE_ID_ATTRIBUTE, text(message.getMessageId())));
        if (queueUrl.endsWith(".fifo")) {
            String group = message.getAttributes() == null ? null : message.getAttributes().get("MessageGroupId");
            request.messageGroupId(group == null ? "dead-letters" : group)
                    .messageDeduplicationId(message.getMessageId());
        }
        sqs.get().sendMessage(request.build());
    }

    private static MessageAttributeValue text(String value) {
        return MessageAttributeValue.builder().dataType("String").stringValue(value).build();
    }

    private static String truncate(String reason) {
        String value = reason == null || reason.isBlank() ? "rejected" : reason;
        return value.length() > 1000 ? value.substring(0, 1000) : value;
    }
}
