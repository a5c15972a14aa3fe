package no.jobbstotte.shared.followup.event;

import static no.jobbstotte.shared.followup.event.EventFields.bool;
import static no.jobbstotte.shared.followup.event.EventFields.date;
import static no.jobbstotte.shared.followup.event.EventFields.id;
import static no.jobbstotte.shared.followup.event.EventFields.instant;
import static no.jobbstotte.shared.followup.event.EventFields.matching;
import static no.jobbstotte.shared.followup.event.EventFields.onlyFields;
import static no.jobbstotte.shared.followup.event.EventFields.orgNumber;
import static no.jobbstotte.shared.followup.event.EventFields.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import no.jobbstotte.shared.followup.event.DirectoryEvent.SpecialistDeactivated;
import no.jobbstotte.shared.followup.event.DirectoryEvent.SpecialistUpserted;
import no.jobbstotte.shared.followup.event.DirectoryEvent.TeamLeadUpserted;
import no.jobbstotte.shared.followup.Party;
import no.jobbstotte.shared.followup.event.PlacementEvent.EmployerContact;
import no.jobbstotte.shared.followup.event.PlacementEvent.Ended;
import no.jobbstotte.shared.followup.event.PlacementEvent.FollowUpDone;
import no.jobbstotte.shared.followup.event.PlacementEvent.FollowUpPostponed;
import no.jobbstotte.shared.followup.event.PlacementEvent.Hired;
import no.jobbstotte.shared.followup.event.PlacementEvent.InterviewHeld;
import no.jobbstotte.shared.followup.event.PlacementEvent.Met;
import no.jobbstotte.shared.followup.event.PlacementEvent.Paused;
import no.jobbstotte.shared.followup.event.PlacementEvent.Referred;
import no.jobbstotte.shared.followup.event.PlacementEvent.Resumed;
import no.jobbstotte.shared.followup.event.PlacementEvent.SpecialistChanged;
import no.jobbstotte.shared.followup.event.PlacementEvent.TrialExtended;
import no.jobbstotte.shared.followup.event.PlacementEvent.TrialStarted;
import no.jobbstotte.shared.json.Json;

/**
 * The wire format of inbound events: one JSON object with a {@code type} discriminator
 * ({@code referred}, {@code trial_started}, {@code follow_up_done}, {@code employer_contact}, …) and camelCase fields.
 * Parsing is strict (unknown or missing fields, wrong types and malformed ids are errors) and
 * total: whatever the input, it returns an event or throws {@link InvalidPlacementEventException}.
 * Built on the tree model, so no reflection.
 */
public final class PlacementEventJson {

    private static final Pattern MUNICIPALITY = Pattern.compile("[0-9]{4}");
    private static final Pattern REASON_CODE = Pattern.compile("[a-z0-9_]{1,40}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

    private static final Set<String> HEADER = Set.of("type", "eventId", "placementId", "specialistId",
            "teamId", "municipalityNumber", "employerOrgNumber", "occurredAt");

    private PlacementEventJson() {}

    public static InboundEvent parse(String json) {
        if (json == null) {
            throw new InvalidPlacementEventException("body is missing");
        }
        JsonNode root;
        try {
            root = Json.parse(json);
        } catch (JsonProcessingException e) {
            // Jackson's message quotes the input, which may hold personal data.
            throw new InvalidPlacementEventException("body is not well-formed JSON");
        }
        if (root == null || !root.isObject()) {
            throw new InvalidPlacementEventException("body must be a JSON object");
        }
        String type = root.path("type").isTextual() ? root.get("type").textValue() : null;
        if (type == null) {
            throw new InvalidPlacementEventException("field 'type' is missing or not a string");
        }
        return switch (type) {
            case "referred" -> new Referred(header(root, Set.of()));
            case "interview_held" -> new InterviewHeld(header(root, Set.of()));
            case "trial_started" -> new TrialStarted(header(root, Set.of("endsOn")), date(root, "endsOn"));
            case "trial_extended" ->
                    new TrialExtended(header(root, Set.of("newEndsOn")), date(root, "newEndsOn"));
            case "hired" -> new Hired(header(root, Set.of()));
            case "follow_up_done" -> new FollowUpDone(header(root, Set.of("met")), met(root));
            case "follow_up_postponed" -> postponed(root);
            case "employer_contact" ->
                    new EmployerContact(header(root, Set.of("faceToFace")), bool(root, "faceToFace"));
            case "paused" -> new Paused(header(root, Set.of()));
            case "resumed" -> new Resumed(header(root, Set.of()));
            case "specialist_changed" -> new SpecialistChanged(
                    header(root, Set.of("newSpecialistId")), id(root, "newSpecialistId"));
            case "ended" -> new Ended(header(root, Set.of("reason")),
                    matching(root, "reason", REASON_CODE, "a lower-case code of at most 40 characters"));
            case "specialist_upserted" -> {
                onlyFields(root, Set.of("type", "eventId", "specialistId", "displayName", "workEmail",
                        "teamId", "teamLeadId"));
                yield new SpecialistUpserted(id(root, "eventId"), id(root, "specialistId"),
                        displayName(root), email(root), id(root, "teamId"), id(root, "teamLeadId"));
            }
            case "specialist_deactivated" -> {
                onlyFields(root, Set.of("type", "eventId", "specialistId"));
                yield new SpecialistDeactivated(id(root, "eventId"), id(root, "specialistId"));
            }
            case "team_lead_upserted" -> {
                onlyFields(root, Set.of("type", "eventId", "teamLeadId", "teamId", "displayName",
                        "workEmail"));
                yield new TeamLeadUpserted(id(root, "eventId"), id(root, "teamLeadId"),
                        id(root, "teamId"), displayName(root), email(root));
            }
            default -> throw new InvalidPlacementEventException("field 'type' is not a known event type");
        };
    }

    /** The wire form of an event, as {@link #parse} reads it; used to keep events in the store. */
    public static String write(InboundEvent event) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        switch (event) {
            case PlacementEvent e -> writePlacementEvent(node, e);
            case SpecialistUpserted e -> node.put("type", "specialist_upserted")
                    .put("eventId", e.eventId()).put("specialistId", e.specialistId())
                    .put("displayName", e.displayName()).put("workEmail", e.workEmail())
                    .put("teamId", e.teamId()).put("teamLeadId", e.teamLeadId());
            case SpecialistDeactivated e -> node.put("type", "specialist_deactivated")
                    .put("eventId", e.eventId()).put("specialistId", e.specialistId());
            case TeamLeadUpserted e -> node.put("type", "team_lead_upserted")
                    .put("eventId", e.eventId()).put("teamLeadId", e.teamLeadId())
                    .put("teamId", e.teamId()).put("displayName", e.displayName())
                    .put("workEmail", e.workEmail());
        }
        return Json.write(node);
    }

    private static void writePlacementEvent(ObjectNode node, PlacementEvent event) {
        EventHeader h = event.header();
        node.put("type", typeName(event))
                .put("eventId", h.eventId())
                .put("placementId", h.placementId())
                .put("specialistId", h.specialistId())
                .put("teamId", h.teamId())
                .put("municipalityNumber", h.municipalityNumber());
        h.employerOrgNumber().ifPresent(org -> node.put("employerOrgNumber", org));
        node.put("occurredAt", h.occurredAt().toString());
        switch (event) {
            case TrialStarted e -> node.put("endsOn", e.endsOn().toString());
            case TrialExtended e -> node.put("newEndsOn", e.newEndsOn().toString());
            case FollowUpDone e -> node.put("met", e.met().name().toLowerCase(Locale.ROOT));
            case FollowUpPostponed e -> node.put("party", e.party().name().toLowerCase(Locale.ROOT))
                    .put("dueOn", e.dueOn().toString()).put("newDueOn", e.newDueOn().toString());
            case EmployerContact e -> node.put("faceToFace", e.faceToFace());
            case SpecialistChanged e -> node.put("newSpecialistId", e.newSpecialistId());
            case Ended e -> node.put("reason", e.reason());
            case Referred e -> { }
            case InterviewHeld e -> { }
            case Hired e -> { }
            case Paused e -> { }
            case Resumed e -> { }
        }
    }

    private static String typeName(PlacementEvent event) {
        return switch (event) {
            case Referred e -> "referred";
            case InterviewHeld e -> "interview_held";
            case TrialStarted e -> "trial_started";
            case TrialExtended e -> "trial_extended";
            case Hired e -> "hired";
            case FollowUpDone e -> "follow_up_done";
            case FollowUpPostponed e -> "follow_up_postponed";
            case EmployerContact e -> "employer_contact";
            case Paused e -> "paused";
            case Resumed e -> "resumed";
            case SpecialistChanged e -> "specialist_changed";
            case Ended e -> "ended";
        };
    }

    private static EventHeader header(JsonNode root, Set<String> extraFields) {
        Set<String> allowed = new HashSet<>(HEADER);
        allowed.addAll(extraFields);
        onlyFields(root, allowed);
        return new EventHeader(
                id(root, "eventId"),
                id(root, "placementId"),
                id(root, "specialistId"),
                id(root, "teamId"),
                matching(root, "municipalityNumber", MUNICIPALITY, "four digits"),
                orgNumber(root),
                instant(root));
    }


    private static Met met(JsonNode root) {
        return switch (text(root, "met")) {
            case "participant" -> Met.PARTICIPANT;
            case "employer" -> Met.EMPLOYER;
            case "both" -> Met.BOTH;
            default -> throw new InvalidPlacementEventException(
                    "field 'met' must be participant, employer or both");
        };
    }

    private static FollowUpPostponed postponed(JsonNode root) {
        EventHeader header = header(root, Set.of("party", "dueOn", "newDueOn"));
        String party = text(root, "party");
        if (!party.equals("participant") && !party.equals("employer")) {
            throw new InvalidPlacementEventException("field 'party' must be participant or employer");
        }
        LocalDate dueOn = date(root, "dueOn");
        LocalDate newDueOn = date(root, "newDueOn");
        if (!newDueOn.isAfter(dueOn)) {
            throw new InvalidPlacementEventException("field 'newDueOn' must be after 'dueOn'");
        }
        return new FollowUpPostponed(header, Party.valueOf(party.toUpperCase(Locale.ROOT)), dueOn, newDueOn);
    }

    private static String displayName(JsonNode root) {
        String value = text(root, "displayName");
        if (value.isBlank() || value.length() > 200 || value.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidPlacementEventException(
                    "field 'displayName' must be 1-200 characters without control characters");
        }
        return value;
    }

    private static String email(JsonNode root) {
        String value = text(root, "workEmail");
        if (value.length() > 254 || !EMAIL.matcher(value).matches()) {
            throw new InvalidPlacementEventException("field 'workEmail' must be an e-mail address");
        }
        return value;
    }
}
