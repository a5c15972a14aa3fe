package no.jobbstotte.hardening;

import java.util.List;
import java.util.Map;
import no.jobbstotte.localcloud.testing.StoredPlacements;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** One placement's five events, as the fault tests send them, and its stored state without the id. */
final class PlacementLifecycle {

    static final int EVENTS = 5;

    private PlacementLifecycle() {}

    static List<String> of(String placementId, String specialistId) {
        return List.of(
                event(placementId, specialistId, "referred", "e1", "2026-03-02T09:00:00Z", ""),
                event(placementId, specialistId, "trial_started", "e2", "2026-03-05T09:00:00Z", ",\"endsOn\":\"2026-04-01\""),
                event(placementId, specialistId, "follow_up_done", "e3", "2026-03-06T09:00:00Z", ",\"met\":\"both\""),
                event(placementId, specialistId, "paused", "e4", "2026-03-09T09:00:00Z", ""),
                event(placementId, specialistId, "follow_up_done", "e5", "2026-03-12T09:00:00Z", ",\"met\":\"participant\""));
    }

    private static String event(String placementId, String specialistId, String type, String eventId, String at,
            String extra) {
        return "{\"type\":\"" + type + "\",\"eventId\":\"" + eventId + "-" + placementId + "\",\"placementId\":\""
                + placementId + "\",\"specialistId\":\"" + specialistId + "\",\"teamId\":\"t-1\","
                + "\"municipalityNumber\":\"1506\",\"occurredAt\":\"" + at + "\"" + extra + "}";
    }

    /** The stored item with the placement's id replaced, so two placements' states compare equal. */
    static Map<String, String> contract(Map<String, AttributeValue> item, String placementId) {
        return StoredPlacements.neutral(item, placementId);
    }
}
