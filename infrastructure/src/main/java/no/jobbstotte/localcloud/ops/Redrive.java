package no.jobbstotte.localcloud.ops;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.jobbstotte.shared.aws.ClientSupport;
import no.jobbstotte.shared.config.RuntimeConfig;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.SendMessageRequest;

/**
 * Moves messages from a dead-letter queue back to the queue they came from, after the cause is
 * fixed: {@code bin/redrive <dead-letter queue URL> <source queue URL> [max]}. Works against AWS
 * and the local cloud alike (region, credentials and endpoint from the environment). A message is
 * deleted from the dead-letter queue only after it was sent, so a crash repeats, never loses; the
 * consumers are idempotent, so a repeat is harmless. The reject reason is dropped on the way back.
 */
public final class Redrive {

    private final SqsClient sqs;

    Redrive(SqsClient sqs) {
        this.sqs = sqs;
    }

    public static void main(String[] args) {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: bin/redrive <dead-letter queue URL> <source queue URL> [max messages]");
            System.exit(2);
        }
        SqsClient sqs = ClientSupport.build(SqsClient.builder(), RuntimeConfig.fromEnv(), "SQS");
        int moved = new Redrive(sqs).move(args[0], args[1], args.length == 3 ? Integer.parseInt(args[2]) : Integer.MAX_VALUE);
        System.out.println("moved " + moved + " message(s) from " + args[0] + " to " + args[1]);
    }

    int move(String deadLetterQueueUrl, String sourceQueueUrl, int max) {
        int moved = 0;
        while (moved < max) {
            List<Message> messages = sqs.receiveMessage(r -> r.queueUrl(deadLetterQueueUrl).maxNumberOfMessages(10)
                    .waitTimeSeconds(1).messageAttributeNames("All")
                    .messageSystemAttributeNames(MessageSystemAttributeName.MESSAGE_GROUP_ID)).messages();
            if (messages.isEmpty()) {
                return moved;
            }
            for (Message message : messages) {
                if (moved >= max) {
                    return moved;
                }
                sqs.sendMessage(copy(message, sourceQueueUrl));
                sqs.deleteMessage(r -> r.queueUrl(deadLetterQueueUrl).receiptHandle(message.receiptHandle()));
                moved++;
            }
        }
        return moved;
    }

    private static SendMessageRequest copy(Message message, String queueUrl) {
        Map<String, MessageAttributeValue> attributes = new HashMap<>(message.messageAttributes());
        attributes.keySet().removeIf(name -> name.equals("RejectReason") || name.equals("SourceMessageId"));
        SendMessageRequest.Builder request = SendMessageRequest.builder().queueUrl(queueUrl)
                .messageBody(message.body()).messageAttributes(attributes);
        if (queueUrl.endsWith(".fifo")) {
            String group = message.attributes().get(MessageSystemAttributeName.MESSAGE_GROUP_ID);
            // A new deduplication id: the original one may still be inside the 5-minute window.
            request.messageGroupId(group == null ? "redrive" : group).messageDeduplicationId("redrive-" + message.messageId());
        }
        return request.build();
    }
}
