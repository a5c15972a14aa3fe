package no.jobbstotte.shared.followup.reminders;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.jobbstotte.shared.followup.Party;
import no.jobbstotte.shared.followup.digest.DigestItem;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Reads PlacementsTable items by the attribute names of docs/followup-data.md. */
public final class PlacementItems {

    public static final String BY_SPECIALIST_DUE = "bySpecialistDue";
    public static final String ACTIVE_BY_SPECIALIST = "activeBySpecialist";
    public static final String BY_ORPHAN_TEAM = "byOrphanTeam";

    /**
     * The attributes {@link #digestItems} and {@link #isEnded} read, as a ProjectionExpression
     * with {@link #DIGEST_ATTRIBUTE_NAMES}: a query for digests need not carry each item's
     * {@code state} (every applied event), by far its largest attribute.
     */
    public static final String DIGEST_PROJECTION = "#placementId, #specialistId, #dueKey, #participantRef,"
            + " #participantDue, #participantDueReason, #employerDue, #employerDueReason, #phase";
    public static final Map<String, String> DIGEST_ATTRIBUTE_NAMES = Map.of("#placementId", "placementId",
            "#specialistId", "specialistId", "#dueKey", "dueKey", "#participantRef", "participantRef",
            "#participantDue", "participantDue", "#participantDueReason", "participantDueReason",
            "#employerDue", "employerDue", "#employerDueReason", "employerDueReason", "#phase", "phase");

    // Used by the digests when the plan gave no reason; the renderer needs some text.
    static final String NO_REASON = "oppfølging";

    private PlacementItems() {}

    /**
     * The highest {@code dueKey} due on or before {@code date}: dueKey is
     * {@code <yyyy-MM-dd>#<placementId>}, and U+FFFF sorts after any id.
     */
    public static String dueKeyUpTo(LocalDate date) {
        return date + "#\uffff";
    }

    /**
     * The item's due follow-ups, participant first. A party whose date is missing or unreadable
     * is left out rather than failing the whole digest; a paused or ended placement (no dueKey)
     * has none, whatever stale dates it still carries.
     */
    public static List<DigestItem> digestItems(Map<String, AttributeValue> item) {
        String placementId = s(item, "placementId");
        String specialistId = s(item, "specialistId");
        if (placementId == null || specialistId == null || s(item, "dueKey") == null) {
            return List.of();
        }
        Optional<String> ref = Optional.ofNullable(s(item, "participantRef")).filter(r -> !r.isBlank());
        List<DigestItem> items = new ArrayList<>(2);
        due(item, "participantDue").ifPresent(date -> items.add(new DigestItem(placementId, specialistId, ref,
                Party.PARTICIPANT, date, reason(item, "participantDueReason"))));
        due(item, "employerDue").ifPresent(date -> items.add(new DigestItem(placementId, specialistId, ref,
                Party.EMPLOYER, date, reason(item, "employerDueReason"))));
        return items;
    }

    /** Whether the placement has ended (phase ENDED); an ended placement is no one's caseload. */
    public static boolean isEnded(Map<String, AttributeValue> item) {
        return "ENDED".equals(s(item, "phase"));
    }

    private static Optional<LocalDate> due(Map<String, AttributeValue> item, String name) {
        String value = s(item, name);
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
        String value = s(item, name);
        return value == null || value.isBlank() ? NO_REASON : value;
    }

    private static String s(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null ? null : value.s();
    }
}
