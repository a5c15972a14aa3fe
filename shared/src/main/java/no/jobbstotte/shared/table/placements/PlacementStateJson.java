package no.jobbstotte.shared.table.placements;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import no.jobbstotte.shared.fidelity.FidelityFacts.EmployerContact;
import no.jobbstotte.shared.followup.FollowUpDue;
import no.jobbstotte.shared.followup.Party;
import no.jobbstotte.shared.followup.Phase;
import no.jobbstotte.shared.followup.Placement;
import no.jobbstotte.shared.followup.event.InboundEvent;
import no.jobbstotte.shared.followup.event.PlacementEvent;
import no.jobbstotte.shared.followup.event.PlacementEventJson;
import no.jobbstotte.shared.json.Json;

/**
 * The {@code state} attribute: a placement's {@link Placement.History} as JSON, so the placement
 * can be rebuilt (and a late event put in its place). Events use the inbound wire format of
 * {@link PlacementEventJson}; the compacted snapshot is the placement's fields. Hand-written on the
 * tree model: no reflection. Only PlacementEvents reads it, so it is versioned by {@code v}.
 */
final class PlacementStateJson {

    static final int VERSION = 1;

    private PlacementStateJson() {}

    static String write(Placement.History history) {
        ObjectNode root = JsonNodeFactory.instance.objectNode().put("v", VERSION);
        history.compacted().ifPresent(c -> {
            ObjectNode compacted = root.putObject("compacted");
            compacted.set("through", event(c.through()));
            compacted.set("state", snapshot(c.state()));
        });
        ArrayNode events = root.putArray("events");
        history.events().forEach(e -> events.add(event(e)));
        return Json.write(root);
    }

    /** Throws {@link IllegalStateException} for a state this code did not write: a corrupt item is not the event's fault. */
    static Placement.History read(String json) {
        try {
            JsonNode root = Json.parse(json);
            if (root == null || root.path("v").asInt() != VERSION) {
                throw new IllegalStateException("placement state has an unknown version");
            }
            Optional<Placement.Compacted> compacted = Optional.empty();
            JsonNode c = root.get("compacted");
            if (c != null && !c.isNull()) {
                compacted = Optional.of(new Placement.Compacted(snapshot(c.get("state")), event(c.get("through"))));
            }
            List<PlacementEvent> events = new ArrayList<>();
            for (JsonNode e : root.path("events")) {
                events.add(event(e));
            }
            return new Placement.History(compacted, events);
        } catch (IllegalStateException e) {
            throw e;
        } catch (JsonProcessingException | RuntimeException e) {
            // Includes InvalidPlacementEventException, which must not reach the batch: it would
            // dead-letter the new event for a fault in the stored item.
            throw new IllegalStateException("placement state cannot be read", e);
        }
    }

    private static JsonNode event(PlacementEvent event) {
        try {
            return Json.parse(PlacementEventJson.write(event));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PlacementEvent event(JsonNode node) {
        InboundEvent event = PlacementEventJson.parse(Json.write(node));
        if (event instanceof PlacementEvent placementEvent) {
            return placementEvent;
        }
        throw new IllegalStateException("placement state holds a directory event");
    }

    /** The compacted placement; its own history is always empty (see PlacementReducer). */
    private static ObjectNode snapshot(Placement p) {
        ObjectNode n = JsonNodeFactory.instance.objectNode()
                .put("placementId", p.placementId())
                .put("phase", p.phase().name())
                .put("paused", p.paused())
                .put("specialistId", p.specialistId())
                .put("teamId", p.teamId())
                .put("municipalityNumber", p.municipalityNumber())
                .put("followUpFrom", p.followUpFrom().toString())
                .put("planVersion", p.planVersion())
                .put("lastEventAt", p.lastEventAt().toString());
        p.employerOrgNumber().ifPresent(v -> n.put("employerOrgNumber", v));
        date(n, "referredOn", p.referredOn());
        date(n, "trialStartedOn", p.trialStartedOn());
        date(n, "trialEndsOn", p.trialEndsOn());
        date(n, "hiredOn", p.hiredOn());
        date(n, "endedOn", p.endedOn());
        p.endReason().ifPresent(v -> n.put("endReason", v));
        date(n, "lastParticipantFollowUp", p.lastParticipantFollowUp());
        date(n, "lastEmployerFollowUp", p.lastEmployerFollowUp());
        due(n, "nextParticipantDue", p.nextParticipantDue());
        due(n, "nextEmployerDue", p.nextEmployerDue());
        if (!p.postponedTo().isEmpty()) {
            ObjectNode postponed = n.putObject("postponedTo");
            p.postponedTo().forEach((party, day) -> postponed.put(party.name(), day.toString()));
        }
        date(n, "firstEmployerContactOn", p.firstEmployerContactOn());
        date(n, "lastFollowUpOn", p.lastFollowUpOn());
        if (!p.employerContacts().isEmpty()) {
            ArrayNode contacts = n.putArray("employerContacts");
            p.employerContacts().forEach(c -> contacts.addObject().put("on", c.on().toString())
                    .put("faceToFace", c.faceToFace()).put("specialistId", c.specialistId()));
        }
        return n;
    }

    private static Placement snapshot(JsonNode n) {
        Optional<LocalDate> lastParticipantFollowUp = optional(n, "lastParticipantFollowUp", LocalDate::parse);
        return new Placement(
                n.get("placementId").textValue(),
                Phase.valueOf(n.get("phase").textValue()),
                n.get("paused").booleanValue(),
                n.get("specialistId").textValue(),
                n.get("teamId").textValue(),
                n.get("municipalityNumber").textValue(),
                optional(n, "employerOrgNumber", Function.identity()),
                optional(n, "referredOn", LocalDate::parse),
                optional(n, "trialStartedOn", LocalDate::parse),
                optional(n, "trialEndsOn", LocalDate::parse),
                optional(n, "hiredOn", LocalDate::parse),
                optional(n, "endedOn", LocalDate::parse),
                optional(n, "endReason", Function.identity()),
                LocalDate.parse(n.get("followUpFrom").textValue()),
                lastParticipantFollowUp,
                optional(n, "lastEmployerFollowUp", LocalDate::parse),
                due(n.get("nextParticipantDue")),
                due(n.get("nextEmployerDue")),
                postponedTo(n.get("postponedTo")),
                optional(n, "firstEmployerContactOn", LocalDate::parse),
                // States written before it kept only the last follow-up with the participant (an
                // employer's was mixed with interviews): the best known, and exact in newer states.
                optional(n, "lastFollowUpOn", LocalDate::parse).or(() -> lastParticipantFollowUp),
                employerContacts(n.get("employerContacts")),
                n.get("planVersion").textValue(),
                Instant.parse(n.get("lastEventAt").textValue()),
                Placement.History.EMPTY);
    }

    private static void date(ObjectNode n, String field, Optional<LocalDate> value) {
        value.ifPresent(v -> n.put(field, v.toString()));
    }

    private static void due(ObjectNode n, String field, Optional<FollowUpDue> value) {
        value.ifPresent(v -> n.putObject(field).put("dueOn", v.dueOn().toString()).put("reason", v.reason()));
    }

    private static Optional<FollowUpDue> due(JsonNode node) {
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        return Optional.of(new FollowUpDue(LocalDate.parse(node.get("dueOn").textValue()), node.get("reason").textValue()));
    }

    /** Absent in states written before "Utsett" existed: nothing postponed. */
    private static Map<Party, LocalDate> postponedTo(JsonNode node) {
        Map<Party, LocalDate> postponed = new EnumMap<>(Party.class);
        if (node != null && !node.isNull()) {
            node.fields().forEachRemaining(f -> postponed.put(Party.valueOf(f.getKey()), LocalDate.parse(f.getValue().textValue())));
        }
        return postponed;
    }

    /** Absent in states written before employer contacts existed, and when there are none. */
    private static List<EmployerContact> employerContacts(JsonNode node) {
        List<EmployerContact> contacts = new ArrayList<>();
        if (node != null && !node.isNull()) {
            node.forEach(c -> contacts.add(new EmployerContact(LocalDate.parse(c.get("on").textValue()),
                    c.get("faceToFace").booleanValue(), c.get("specialistId").textValue())));
        }
        return contacts;
    }

    private static <T> Optional<T> optional(JsonNode n, String field, Function<String, T> parse) {
        JsonNode value = n.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(parse.apply(value.textValue()));
    }
}
