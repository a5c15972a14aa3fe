package no.jobbstotte.shared.table.directory;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import no.jobbstotte.shared.followup.event.DirectoryEvent.SpecialistUpserted;
import no.jobbstotte.shared.followup.event.DirectoryEvent.TeamLeadUpserted;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The DirectoryTable item of a person, as in docs/followup-data.md. */
final class DirectoryItem {

    static final String BY_TEAM = "byTeam";

    static final String PERSON_ID = "personId";
    static final String ROLE = "role";
    static final String DISPLAY_NAME = "displayName";
    static final String EMAIL = "email";
    static final String TEAM_ID = "teamId";
    static final String TEAM_LEAD_ID = "teamLeadId";
    static final String ACTIVE = "active";
    static final String LAST_EVENT_AT = "lastEventAt";
    static final String LAST_EVENT_ID = "lastEventId";

    /**
     * Fixed width (always nine fraction digits, UTC), so the condition can compare times as text:
     * {@code Instant.toString()} drops zero fractions and would sort "…:00Z" after "…:00.5Z".
     */
    private static final DateTimeFormatter EVENT_AT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

    private DirectoryItem() {}

    static String eventAt(Instant at) {
        return EVENT_AT.format(at);
    }

    static Map<String, AttributeValue> specialist(SpecialistUpserted e, Instant at) {
        Map<String, AttributeValue> item = person(e.specialistId(), Person.Role.SPECIALIST, e.displayName(),
                e.workEmail(), e.teamId(), e.eventId(), at);
        item.put(TEAM_LEAD_ID, AttributeValue.fromS(e.teamLeadId()));
        return item;
    }

    static Map<String, AttributeValue> teamLead(TeamLeadUpserted e, Instant at) {
        return person(e.teamLeadId(), Person.Role.TEAM_LEAD, e.displayName(), e.workEmail(), e.teamId(),
                e.eventId(), at);
    }

    private static Map<String, AttributeValue> person(String personId, Person.Role role, String displayName,
            String email, String teamId, String eventId, Instant at) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(PERSON_ID, AttributeValue.fromS(personId));
        item.put(ROLE, AttributeValue.fromS(role.name()));
        item.put(DISPLAY_NAME, AttributeValue.fromS(displayName));
        item.put(EMAIL, AttributeValue.fromS(email));
        item.put(TEAM_ID, AttributeValue.fromS(teamId));
        item.put(ACTIVE, AttributeValue.fromBool(true));
        item.put(LAST_EVENT_AT, AttributeValue.fromS(eventAt(at)));
        item.put(LAST_EVENT_ID, AttributeValue.fromS(eventId));
        return item;
    }

    /** The item's key. */
    static Map<String, AttributeValue> key(String personId) {
        return Map.of(PERSON_ID, AttributeValue.fromS(personId));
    }

    /**
     * The person, or empty for an item without an id or a known role: nothing this code writes,
     * so such an item counts as no one rather than failing every digest or event that reads it.
     */
    static Optional<Person> toPerson(Map<String, AttributeValue> item) {
        Optional<String> personId = text(item, PERSON_ID);
        Optional<Person.Role> role = text(item, ROLE).flatMap(DirectoryItem::role);
        if (personId.isEmpty() || role.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Person(
                personId.get(),
                role.get(),
                text(item, DISPLAY_NAME),
                text(item, EMAIL),
                text(item, TEAM_ID),
                text(item, TEAM_LEAD_ID),
                item.containsKey(ACTIVE) && Boolean.TRUE.equals(item.get(ACTIVE).bool())));
    }

    private static Optional<Person.Role> role(String name) {
        return Arrays.stream(Person.Role.values()).filter(r -> r.name().equals(name)).findFirst();
    }

    private static Optional<String> text(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null || value.s() == null ? Optional.empty() : Optional.of(value.s());
    }
}
