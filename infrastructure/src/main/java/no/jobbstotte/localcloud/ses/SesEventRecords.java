package no.jobbstotte.localcloud.ses;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import no.jobbstotte.shared.json.Json;

/**
 * The JSON SES publishes for an event through a configuration set, in the shapes of "Examples of
 * event data that Amazon SES publishes to Amazon SNS", and the SNS notification envelope SQS then
 * receives. The signature is a placeholder: nothing here signs, and the consumer reads from its
 * own queue, whose policy admits only the topic.
 */
final class SesEventRecords {

    private static final ObjectMapper JSON = Json.newMapper();

    /** The message as SES accepted it: what every event about it repeats in {@code mail}. */
    record Mail(String messageId, Instant sentAt, String source, String sourceArn, String accountId,
            List<String> destination, String subject, String configurationSet) {}

    private SesEventRecords() {}

    static String event(Mail mail, String recipient, MailboxSimulator.Outcome outcome, Instant at) {
        ObjectNode event = JSON.createObjectNode().put("eventType", outcome.eventType());
        String time = at.toString();
        switch (outcome.eventType()) {
            case "Bounce" -> {
                ObjectNode bounce = event.putObject("bounce").put("bounceType", outcome.bounceType())
                        .put("bounceSubType", outcome.bounceSubType());
                ObjectNode bounced = bounce.putArray("bouncedRecipients").addObject().put("emailAddress", recipient);
                if (!"OnAccountSuppressionList".equals(outcome.bounceSubType())) {
                    bounced.put("action", "failed").put("status", "5.1.1").put("diagnosticCode", "smtp; 550 5.1.1 user unknown");
                    bounce.put("reportingMTA", "dsn; " + MailboxSimulator.DOMAIN);
                }
                bounce.put("timestamp", time).put("feedbackId", feedbackId());
            }
            case "Complaint" -> {
                ObjectNode complaint = event.putObject("complaint");
                complaint.putArray("complainedRecipients").addObject().put("emailAddress", recipient);
                complaint.put("timestamp", time).put("feedbackId", feedbackId()).putNull("complaintSubType")
                        .put("userAgent", "Amazon SES Mailbox Simulator").put("complaintFeedbackType", "abuse")
                        .put("arrivalDate", time);
            }
            case "Delivery" -> {
                ObjectNode delivery = event.putObject("delivery").put("timestamp", time).put("processingTimeMillis", 546);
                delivery.putArray("recipients").add(recipient);
                delivery.put("smtpResponse", "250 2.6.0 Message received").put("reportingMTA", "a8-70.smtp-out.amazonses.com");
            }
            default -> throw new IllegalArgumentException("no local shape for " + outcome.eventType());
        }
        event.set("mail", mail(mail));
        return Json.write(event);
    }

    /** The notification SNS delivers to an SQS subscription with RawMessageDelivery off. */
    static String snsNotification(String topicArn, String message, Instant at) {
        String region = topicArn.split(":")[3];
        ObjectNode envelope = JSON.createObjectNode()
                .put("Type", "Notification")
                .put("MessageId", UUID.randomUUID().toString())
                .put("TopicArn", topicArn)
                .put("Message", message)
                .put("Timestamp", at.toString())
                .put("SignatureVersion", "1")
                .put("Signature", Base64.getEncoder().encodeToString(("local-" + UUID.randomUUID()).getBytes()))
                .put("SigningCertURL", "https://sns." + region + ".amazonaws.com/SimpleNotificationService-local.pem")
                .put("UnsubscribeURL", "https://sns." + region + ".amazonaws.com/?Action=Unsubscribe&SubscriptionArn="
                        + topicArn + ":" + UUID.randomUUID());
        return Json.write(envelope);
    }

    private static ObjectNode mail(Mail mail) {
        ObjectNode node = JSON.createObjectNode()
                .put("timestamp", mail.sentAt().toString())
                .put("source", mail.source())
                .put("sourceArn", mail.sourceArn())
                .put("sendingAccountId", mail.accountId())
                .put("messageId", mail.messageId());
        ArrayNode destination = node.putArray("destination");
        mail.destination().forEach(destination::add);
        node.put("headersTruncated", false);
        ArrayNode headers = node.putArray("headers");
        headers.addObject().put("name", "From").put("value", mail.source());
        headers.addObject().put("name", "To").put("value", String.join(", ", mail.destination()));
        headers.addObject().put("name", "Subject").put("value", mail.subject());
        ObjectNode common = node.putObject("commonHeaders");
        common.putArray("from").add(mail.source());
        ArrayNode to = common.putArray("to");
        mail.destination().forEach(to::add);
        common.put("messageId", mail.messageId()).put("subject", mail.subject());
        ObjectNode tags = node.putObject("tags");
        tags.putArray("ses:configuration-set").add(mail.configurationSet());
        tags.putArray("ses:source-ip").add("127.0.0.1");
        tags.putArray("ses:from-domain").add(mail.source().substring(mail.source().lastIndexOf('@') + 1).replace(">", ""));
        tags.putArray("ses:caller-identity").add("local");
        return node;
    }

    private static String feedbackId() {
        return "0100" + UUID.randomUUID().toString().replace("-", "") + "-000000";
    }
}
