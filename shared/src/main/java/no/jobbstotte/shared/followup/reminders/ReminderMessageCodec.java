package no.jobbstotte.shared.followup.reminders;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import no.jobbstotte.shared.batch.InvalidMessageException;
import no.jobbstotte.shared.json.Json;
import no.jobbstotte.shared.table.directory.Person;

/**
 * The RemindersQueue wire format. Written by hand over the JSON tree rather than by data
 * binding, so no reflection is involved and every rejection names the field, never its value.
 * {@code people} (the {@link Addressees}) is optional: a message without it is still valid.
 */
public final class ReminderMessageCodec {

    private static final Set<String> FIELDS = Set.of("kind", "recipientId", "date", "scheduledAt", "people");
    private static final Set<String> PERSON_FIELDS = Set.of("personId", "role", "displayName", "email", "teamId",
            "teamLeadId", "suppressed");
    // '#' separates the parts of the log key; ids are short opaque directory keys.
    private static final Pattern RECIPIENT_ID = Pattern.compile("[A-Za-z0-9._:@-]{1,128}");

    public String write(ReminderMessage message) {
        ObjectNode node = JsonNodeFactory.instance.objectNode()
                .put("kind", message.kind().wire())
                .put("recipientId", message.recipientId())
                .put("date", message.date().toString())
                .put("scheduledAt", message.scheduledAt().toString());
        message.addressees().ifPresent(addressees -> {
            ArrayNode people = node.putArray("people");
            for (Person person : addressees.people()) {
                ObjectNode entry = people.addObject().put("personId", person.personId()).put("role", person.role().name());
                person.displayName().ifPresent(v -> entry.put("displayName", v));
                person.email().ifPresent(v -> entry.put("email", v));
                person.teamId().ifPresent(v -> entry.put("teamId", v));
                person.teamLeadId().ifPresent(v -> entry.put("teamLeadId", v));
                if (addressees.suppressed().contains(person.personId())) {
                    entry.put("suppressed", true);
                }
            }
        });
        return Json.write(node);
    }

    /** @throws InvalidMessageException if the body can never be a valid message */
    public ReminderMessage parse(String body) {
        JsonNode node = tree(body);
        onlyKnownFields(node, FIELDS, "unknown field in reminder message");
        ReminderKind kind = ReminderKind.fromWire(text(node, "kind"))
                .orElseThrow(() -> new InvalidMessageException("kind must be specialist, team_lead or fidelity"));
        String recipientId = id(text(node, "recipientId"), "recipientId");
        Optional<Addressees> addressees = node.has("people") ? Optional.of(addressees(node.get("people")))
                : Optional.empty();
        try {
            return new ReminderMessage(kind, recipientId, LocalDate.parse(text(node, "date")),
                    Instant.parse(text(node, "scheduledAt")), addressees);
        } catch (DateTimeParseException e) {
            throw new InvalidMessageException("date must be an ISO date and scheduledAt an ISO instant");
        }
    }

    private static Addressees addressees(JsonNode people) {
        if (!people.isArray()) {
            throw new InvalidMessageException("people must be an array");
        }
        List<Person> persons = new ArrayList<>(people.size());
        Set<String> suppressed = new HashSet<>();
        for (JsonNode entry : people) {
            if (!entry.isObject()) {
                throw new InvalidMessageException("people must hold objects");
            }
            onlyKnownFields(entry, PERSON_FIELDS, "unknown field in people");
            String personId = id(text(entry, "personId"), "people.personId");
            Person.Role role = switch (text(entry, "role")) {
                case "SPECIALIST" -> Person.Role.SPECIALIST;
                case "TEAM_LEAD" -> Person.Role.TEAM_LEAD;
                default -> throw new InvalidMessageException("people.role must be SPECIALIST or TEAM_LEAD");
            };
            persons.add(new Person(personId, role, optionalText(entry, "displayName"), optionalText(entry, "email"),
                    optionalText(entry, "teamId"), optionalText(entry, "teamLeadId"), true));
            JsonNode flag = entry.get("suppressed");
            if (flag != null && !flag.isBoolean()) {
                throw new InvalidMessageException("people.suppressed must be a boolean");
            }
            if (flag != null && flag.booleanValue()) {
                suppressed.add(personId);
            }
        }
        return new Addressees(persons, suppressed);
    }

    private static void onlyKnownFields(JsonNode node, Set<String> known, String problem) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            if (!known.contains(names.next())) {
                throw new InvalidMessageException(problem);
            }
        }
    }

    private static String id(String value, String field) {
        if (!RECIPIENT_ID.matcher(value).matches()) {
            throw new InvalidMessageException(field + " is not a valid id");
        }
        return value;
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

    private static Optional<String> optionalText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw new InvalidMessageException("people." + field + " must be a string");
        }
        return Optional.of(value.asText());
    }
}
