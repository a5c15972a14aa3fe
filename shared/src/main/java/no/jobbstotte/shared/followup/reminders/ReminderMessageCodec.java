package no.jobbstotte.shared.followup.reminders;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Set;
import java.util.regex.Pattern;
import no.jobbstotte.shared.batch.InvalidMessageException;
import no.jobbstotte.shared.json.Json;

/**
 * The RemindersQueue wire format. Written by hand over the JSON tree rather than by data
 * binding, so no reflection is involved and every rejection names the field, never its value.
 */
public final class ReminderMessageCodec {

    private static final Set<String> FIELDS = Set.of("kind", "recipientId", "date", "scheduledAt");
    // '#' separates the parts of the log key; ids are short opaque directory keys.
    private static final Pattern RECIPIENT_ID = Pattern.compile("[A-Za-z0-9._:@-]{1,128}");

    public String write(ReminderMessage message) {
        ObjectNode node = JsonNodeFactory.instance.objectNode()
                .put("kind", message.kind().wire())
                .put("recipientId", message.recipientId())
                .put("date", message.date().toString())
                .put("scheduledAt", message.scheduledAt().toString());
        return Json.write(node);
    }

    /** @throws InvalidMessageException if the body can never be a valid message */
    public ReminderMessage parse(String body) {
        JsonNode node = tree(body);
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw new InvalidMessageException("unknown field in reminder message");
            }
        }
        ReminderKind kind = ReminderKind.fromWire(text(node, "kind"))
                .orElseThrow(() -> new InvalidMessageException("kind must be specialist, team_lead or fidelity"));
        String recipientId = text(node, "recipientId");
        if (!RECIPIENT_ID.matcher(recipientId).matches()) {
            throw new InvalidMessageException("recipientId is not a valid id");
        }
        try {
            return new ReminderMessage(kind, recipientId, LocalDate.parse(text(node, "date")),
                    Instant.parse(text(node, "scheduledAt")));
        } catch (DateTimeParseException e) {
            throw new InvalidMessageException("date must be an ISO date and scheduledAt an ISO instant");
        }
    }

    private JsonNode tree(String body) {
        if (body == null) {
            throw new InvalidMessageException("reminder message has no body");
        }
        try {
            JsonNode node = Json.parse(body);
            if (node == null || !node.isObject()) {
                throw new InvalidMessageException("reminder message is not a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new InvalidMessageException("reminder message is not valid JSON");
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new InvalidMessageException(field + " is required and must be a string");
        }
        return value.asText();
    }
}
