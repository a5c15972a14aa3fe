package no.jobbstotte.shared.table.placements;

import static no.jobbstotte.shared.table.placements.PlacementItem.DUE_KEY;
import static no.jobbstotte.shared.table.placements.PlacementItem.EMPLOYER_DUE;
import static no.jobbstotte.shared.table.placements.PlacementItem.EMPLOYER_DUE_REASON;
import static no.jobbstotte.shared.table.placements.PlacementItem.PARTICIPANT_DUE;
import static no.jobbstotte.shared.table.placements.PlacementItem.PARTICIPANT_DUE_REASON;
import static no.jobbstotte.shared.table.placements.PlacementItem.PARTICIPANT_REF;
import static no.jobbstotte.shared.table.placements.PlacementItem.PHASE;
import static no.jobbstotte.shared.table.placements.PlacementItem.PLACEMENT_ID;
import static no.jobbstotte.shared.table.placements.PlacementItem.SPECIALIST_ID;
import static no.jobbstotte.shared.table.placements.PlacementItem.text;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.jobbstotte.shared.followup.Party;
import no.jobbstotte.shared.followup.Phase;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The part of a PlacementsTable item the digests read: its due follow-ups. */
final class DueFollowUpItem {

    /**
     * The attributes {@link #dueFollowUps} and {@link #isEnded} read, as a ProjectionExpression
     * with {@link #ATTRIBUTE_NAMES}: a query for digests need not carry each item's {@code state}
     * (every applied event), by far its largest attribute.
     */
    static final String PROJECTION = "#placementId, #specialistId, #dueKey, #participantRef,"
            + " #participantDue, #participantDueReason, #employerDue, #employerDueReason, #phase";
    static final Map<String, String> ATTRIBUTE_NAMES = Map.of("#placementId", PLACEMENT_ID,
            "#specialistId", SPECIALIST_ID, "#dueKey", DUE_KEY, "#participantRef", PARTICIPANT_REF,
            "#participantDue", PARTICIPANT_DUE, "#participantDueReason", PARTICIPANT_DUE_REASON,
            "#employerDue", EMPLOYER_DUE, "#employerDueReason", EMPLOYER_DUE_REASON, "#phase", PHASE);

    // Used by the digests when the plan gave no reason; the renderer needs some text.
    static final String NO_REASON = "oppfølging";

    private DueFollowUpItem() {}

    /**
     * The item's due follow-ups, participant first. A party whose date is missing or unreadable
     * is left out rather than failing the whole digest; a paused or ended placement (no dueKey)
     * has none, whatever stale dates it still carries.
     */
    static List<DueFollowUp> dueFollowUps(Map<String, AttributeValue> item) {
        String placementId = text(item, PLACEMENT_ID);
        String specialistId = text(item, SPECIALIST_ID);
        if (placementId == null || specialistId == null || text(item, DUE_KEY) == null) {
            return List.of();
        }
        Optional<String> ref = Optional.ofNullable(text(item, PARTICIPANT_REF)).filter(r -> !r.isBlank());
        boolean jobSearch = Phase.REFERRED.name().equals(text(item, PHASE));
        List<DueFollowUp> due = new ArrayList<>(2);
        date(item, PARTICIPANT_DUE).ifPresent(date -> due.add(new DueFollowUp(placementId, specialistId, ref,
                Party.PARTICIPANT, date, reason(item, PARTICIPANT_DUE_REASON), jobSearch)));
        date(item, EMPLOYER_DUE).ifPresent(date -> due.add(new DueFollowUp(placementId, specialistId, ref,
                Party.EMPLOYER, date, reason(item, EMPLOYER_DUE_REASON), jobSearch)));
        return due;
    }

    /** Whether the placement has ended (phase ENDED); an ended placement is no one's caseload. */
    static boolean isEnded(Map<String, AttributeValue> item) {
        return Phase.ENDED.name().equals(text(item, PHASE));
    }

    private static Optional<LocalDate> date(Map<String, AttributeValue> item, String name) {
        String value = text(item, name);
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String reason(Map<String, AttributeValue> item, String name) {
        String value = text(item, name);
        return value == null || value.isBlank() ? NO_REASON : value;
    }
}
