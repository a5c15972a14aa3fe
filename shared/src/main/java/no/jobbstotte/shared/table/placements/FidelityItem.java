package no.jobbstotte.shared.table.placements;

import static no.jobbstotte.shared.table.placements.PlacementItem.EMPLOYER_CONTACTS;
import static no.jobbstotte.shared.table.placements.PlacementItem.ENDED_ON;
import static no.jobbstotte.shared.table.placements.PlacementItem.FIRST_EMPLOYER_CONTACT_ON;
import static no.jobbstotte.shared.table.placements.PlacementItem.HIRED_ON;
import static no.jobbstotte.shared.table.placements.PlacementItem.LAST_FOLLOW_UP_ON;
import static no.jobbstotte.shared.table.placements.PlacementItem.MUNICIPALITY_NUMBER;
import static no.jobbstotte.shared.table.placements.PlacementItem.PHASE;
import static no.jobbstotte.shared.table.placements.PlacementItem.PLACEMENT_ID;
import static no.jobbstotte.shared.table.placements.PlacementItem.REFERRED_ON;
import static no.jobbstotte.shared.table.placements.PlacementItem.SPECIALIST_ID;
import static no.jobbstotte.shared.table.placements.PlacementItem.TEAM_ID;
import static no.jobbstotte.shared.table.placements.PlacementItem.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.jobbstotte.shared.fidelity.FidelityFacts;
import no.jobbstotte.shared.fidelity.FidelityFacts.EmployerContact;
import no.jobbstotte.shared.followup.Phase;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The part of a PlacementsTable item the IPS indicators read, and the encoding of its employer
 * contacts ({@code <ISO date>#<ftf|other>#<specialistId>}). Items stored before employer contacts
 * existed lack the new attributes: they read as none.
 */
final class FidelityItem {

    /** A ProjectionExpression with {@link #ATTRIBUTE_NAMES}: the readers read nothing else (never {@code state}). */
    static final String PROJECTION = "#id, #s, #t, #m, #p, #r, #h, #e, #f, #l, #c";
    static final Map<String, String> ATTRIBUTE_NAMES = Map.ofEntries(Map.entry("#id", PLACEMENT_ID),
            Map.entry("#s", SPECIALIST_ID), Map.entry("#t", TEAM_ID), Map.entry("#m", MUNICIPALITY_NUMBER),
            Map.entry("#p", PHASE), Map.entry("#r", REFERRED_ON), Map.entry("#h", HIRED_ON),
            Map.entry("#e", ENDED_ON), Map.entry("#f", FIRST_EMPLOYER_CONTACT_ON),
            Map.entry("#l", LAST_FOLLOW_UP_ON), Map.entry("#c", EMPLOYER_CONTACTS));

    private static final String FACE_TO_FACE = "ftf";
    private static final String OTHER = "other";

    private FidelityItem() {}

    /** @throws MalformedItemException if an attribute the facts need is missing or does not parse */
    static FidelityFacts facts(Map<String, AttributeValue> item) {
        try {
            return new FidelityFacts(required(item, PLACEMENT_ID), required(item, SPECIALIST_ID),
                    required(item, TEAM_ID), required(item, MUNICIPALITY_NUMBER),
                    Phase.valueOf(required(item, PHASE)) != Phase.ENDED,
                    date(item, REFERRED_ON), date(item, HIRED_ON), date(item, ENDED_ON),
                    date(item, FIRST_EMPLOYER_CONTACT_ON), date(item, LAST_FOLLOW_UP_ON), contacts(item));
        } catch (DateTimeException | IllegalArgumentException e) {
            throw new MalformedItemException();
        }
    }

    static String contact(EmployerContact contact) {
        return contact.on() + "#" + (contact.faceToFace() ? FACE_TO_FACE : OTHER) + "#" + contact.specialistId();
    }

    private static List<EmployerContact> contacts(Map<String, AttributeValue> item) {
        AttributeValue value = item.get(EMPLOYER_CONTACTS);
        if (value == null || !value.hasL()) {
            return List.of();
        }
        return value.l().stream().map(v -> contact(v.s())).toList();
    }

    private static EmployerContact contact(String encoded) {
        String[] parts = encoded == null ? new String[0] : encoded.split("#", 3);
        if (parts.length != 3 || parts[2].isEmpty() || !(parts[1].equals(FACE_TO_FACE) || parts[1].equals(OTHER))) {
            throw new IllegalArgumentException("not an employer contact");
        }
        return new EmployerContact(LocalDate.parse(parts[0]), parts[1].equals(FACE_TO_FACE), parts[2]);
    }

    private static String required(Map<String, AttributeValue> item, String name) {
        String value = text(item, name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is missing");
        }
        return value;
    }

    private static Optional<LocalDate> date(Map<String, AttributeValue> item, String name) {
        String value = text(item, name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(value));
    }

    /** An item the facts cannot be read from; the readers skip and count it. */
    static final class MalformedItemException extends RuntimeException {
        MalformedItemException() {
            super("placement item cannot be read as fidelity facts", null, false, false);
        }
    }
}
