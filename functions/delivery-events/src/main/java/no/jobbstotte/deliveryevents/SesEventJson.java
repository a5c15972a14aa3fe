package no.jobbstotte.deliveryevents;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import no.jobbstotte.shared.batch.InvalidMessageException;
import no.jobbstotte.shared.json.Json;
import no.jobbstotte.shared.table.maildelivery.DeliveryOutcome;
import no.jobbstotte.shared.table.maildelivery.DeliveryOutcome.Kind;

/**
 * Reads an SNS notification (the envelope, RawMessageDelivery off) whose Message is an SES event
 * as SES publishes it through a configuration set ("Examples of event data that Amazon SES
 * publishes to Amazon SNS"). Refusals name fields, never quote the message: it holds addresses.
 */
public final class SesEventJson {

    /** Types SES can publish that the configuration set does not ask for: valid, and nothing to record. */
    private static final Set<String> IGNORED = Set.of("Send", "Open", "Click", "Rendering Failure", "Subscription");
    /** Enough of an address to key it; SES reports only addresses it accepted as such. */
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s<>]{1,64}@[^@\\s<>]{1,255}");

    private SesEventJson() {}

    public static SesEvent parse(String body) {
        JsonNode envelope = json(body, "the SNS notification");
        if (!"Notification".equals(envelope.path("Type").asText())) {
            throw new InvalidMessageException("not an SNS Notification (field Type)");
        }
        JsonNode message = envelope.path("Message");
        if (!message.isTextual()) {
            throw new InvalidMessageException("SNS Notification without a Message string");
        }
        JsonNode event = json(message.asText(), "the SES event in Message");
        String type = event.path("eventType").asText("");
        JsonNode mail = event.path("mail");
        String messageId = text(mail, "messageId", "mail.messageId");
        Instant mailTime = instant(mail.path("timestamp"), "mail.timestamp");
        if (IGNORED.contains(type)) {
            return new SesEvent(type, messageId, List.of());
        }
        List<DeliveryOutcome> outcomes = switch (type) {
            case "Bounce" -> bounce(event.path("bounce"), mailTime);
            case "Complaint" -> {
                JsonNode complaint = event.path("complaint");
                yield outcomes(complaint.path("complainedRecipients"), "complaint.complainedRecipients", Kind.COMPLAINT,
                        at(complaint, mailTime), complaint.path("complaintFeedbackType").asText(""));
            }
            case "Delivery" -> {
                JsonNode delivery = event.path("delivery");
                yield outcomes(delivery.path("recipients"), "delivery.recipients", Kind.DELIVERED, at(delivery, mailTime), "");
            }
            case "DeliveryDelay" -> {
                JsonNode delay = event.path("deliveryDelay");
                yield outcomes(delay.path("delayedRecipients"), "deliveryDelay.delayedRecipients", Kind.DELAYED,
                        at(delay, mailTime), delay.path("delayType").asText(""));
            }
            // A rejected message was refused for its content (a virus), not for an address.
            case "Reject" -> outcomes(mail.path("destination"), "mail.destination", Kind.REJECTED, mailTime,
                    event.path("reject").path("reason").asText(""));
            default -> throw new InvalidMessageException("unknown eventType (field eventType)");
        };
        return new SesEvent(type, messageId, outcomes);
    }

    /** Wraps an SES event in an SNS notification envelope as SNS delivers it to SQS (tests, priming). */
    static String envelope(String sesEvent) {
        ObjectNode envelope = Json.newMapper().createObjectNode()
                .put("Type", "Notification").put("MessageId", "prime")
                .put("TopicArn", "arn:aws:sns:eu-north-1:000000000000:prime").put("Message", sesEvent)
                .put("Timestamp", "2026-01-05T06:00:01.000Z");
        return Json.write(envelope);
    }

    private static List<DeliveryOutcome> bounce(JsonNode bounce, Instant mailTime) {
        String bounceType = bounce.path("bounceType").asText("");
        Kind kind = switch (bounceType) {
            case "Permanent" -> Kind.HARD_BOUNCE;
            // Undetermined: SES could not tell why; not grounds to stop mail for good.
            case "Transient", "Undetermined" -> Kind.SOFT_BOUNCE;
            default -> throw new InvalidMessageException("unknown bounce.bounceType");
        };
        String detail = bounceType + "/" + bounce.path("bounceSubType").asText("");
        return outcomes(bounce.path("bouncedRecipients"), "bounce.bouncedRecipients", kind, at(bounce, mailTime), detail);
    }

    /** Each recipient of a list of addresses or of {@code {"emailAddress": …}} objects. */
    private static List<DeliveryOutcome> outcomes(JsonNode recipients, String field, Kind kind, Instant at, String detail) {
        if (!recipients.isArray() || recipients.isEmpty()) {
            throw new InvalidMessageException(field + " is missing or empty");
        }
        List<DeliveryOutcome> outcomes = new ArrayList<>();
        for (JsonNode recipient : recipients) {
            JsonNode address = recipient.isObject() ? recipient.path("emailAddress") : recipient;
            if (!address.isTextual() || !ADDRESS.matcher(address.asText().trim()).matches()) {
                throw new InvalidMessageException(field + " holds something that is not an e-mail address");
            }
            outcomes.add(new DeliveryOutcome(address.asText().trim(), kind, at, detail));
        }
        return outcomes;
    }

    /** The event's own timestamp when it has one, else the mail's. */
    private static Instant at(JsonNode section, Instant mailTime) {
        return section.has("timestamp") ? instant(section.path("timestamp"), "the event's timestamp") : mailTime;
    }

    private static Instant instant(JsonNode value, String field) {
        try {
            return Instant.parse(value.asText(""));
        } catch (DateTimeParseException e) {
            throw new InvalidMessageException(field + " is not an ISO-8601 instant");
        }
    }

    private static String text(JsonNode node, String name, String field) {
        JsonNode value = node.path(name);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new InvalidMessageException(field + " is missing");
        }
        return value.asText();
    }

    private static JsonNode json(String text, String what) {
        try {
            JsonNode node = text == null ? null : Json.parse(text);
            if (node == null || !node.isObject()) {
                throw new InvalidMessageException(what + " is not a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new InvalidMessageException(what + " is not valid JSON");
        }
    }
}
