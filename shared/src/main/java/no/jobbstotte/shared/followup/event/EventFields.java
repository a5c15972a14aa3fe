package no.jobbstotte.shared.followup.event;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import no.jobbstotte.shared.domain.OrganisationNumber;

/**
 * The field rules of {@link PlacementEventJson}: each reads one field of an event object or throws
 * {@link InvalidPlacementEventException} naming the field and the rule, never the value.
 */
final class EventFields {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");
    private static final Pattern SAFE_FIELD_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,40}");

    private EventFields() {}

    static void onlyFields(JsonNode root, Set<String> allowed) {
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                // A field name is input too: quote it only when it looks like a field name.
                String shown = SAFE_FIELD_NAME.matcher(name).matches() ? "field '" + name + "'" : "a field";
                throw new InvalidPlacementEventException(shown + " is not allowed in this event type");
            }
        }
    }

    static String text(JsonNode root, String field) {
        JsonNode value = root.get(field);
        if (value == null || value.isNull()) {
            throw new InvalidPlacementEventException("field '" + field + "' is missing");
        }
        if (!value.isTextual()) {
            throw new InvalidPlacementEventException("field '" + field + "' must be a string");
        }
        return value.textValue();
    }

    static String matching(JsonNode root, String field, Pattern pattern, String rule) {
        String value = text(root, field);
        if (!pattern.matcher(value).matches()) {
            throw new InvalidPlacementEventException("field '" + field + "' must be " + rule);
        }
        return value;
    }

    static String id(JsonNode root, String field) {
        return matching(root, field, ID, "an id of 1-128 letters, digits or . _ : -");
    }

    static Optional<String> orgNumber(JsonNode root) {
        JsonNode value = root.get("employerOrgNumber");
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        String org = text(root, "employerOrgNumber");
        return switch (OrganisationNumber.defect(org).orElse(null)) {
            case null -> Optional.of(org);
            case FORMAT -> throw new InvalidPlacementEventException("field 'employerOrgNumber' must be nine digits");
            case CHECK_DIGIT -> throw new InvalidPlacementEventException(
                    "field 'employerOrgNumber' has a wrong check digit");
        };
    }

    static boolean bool(JsonNode root, String field) {
        JsonNode value = root.get(field);
        if (value == null || value.isNull()) {
            throw new InvalidPlacementEventException("field '" + field + "' is missing");
        }
        if (!value.isBoolean()) {
            throw new InvalidPlacementEventException("field '" + field + "' must be true or false");
        }
        return value.booleanValue();
    }

    static Instant instant(JsonNode root) {
        String value = text(root, "occurredAt");
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidPlacementEventException(
                    "field 'occurredAt' must be an ISO-8601 instant such as 2026-11-25T07:00:00Z");
        }
    }

    static LocalDate date(JsonNode root, String field) {
        String value = text(root, field);
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidPlacementEventException(
                    "field '" + field + "' must be an ISO-8601 date such as 2026-11-25");
        }
    }
}
