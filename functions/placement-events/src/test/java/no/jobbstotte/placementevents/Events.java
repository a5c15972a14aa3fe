package no.jobbstotte.placementevents;

import java.util.UUID;
import no.jobbstotte.shared.followup.event.InboundEvent;
import no.jobbstotte.shared.followup.event.PlacementEventJson;

/** Inbound events in their wire format, for one placement in team t-1 in Molde (1506). */
final class Events {

    static final String TEAM = "t-1";

    final String placementId = "p-" + UUID.randomUUID();
    final String specialistId;

    Events(String specialistId) {
        this.specialistId = specialistId;
    }

    String referred(String eventId, String at) {
        return placement("referred", eventId, at, "");
    }

    String trialStarted(String eventId, String at, String endsOn) {
        return placement("trial_started", eventId, at, ",\"endsOn\":\"" + endsOn + "\"");
    }

    String followUpDone(String eventId, String at, String met) {
        return placement("follow_up_done", eventId, at, ",\"met\":\"" + met + "\"");
    }

    String paused(String eventId, String at) {
        return placement("paused", eventId, at, "");
    }

    String ended(String eventId, String at, String reason) {
        return placement("ended", eventId, at, ",\"reason\":\"" + reason + "\"");
    }

    private String placement(String type, String eventId, String at, String extra) {
        return "{\"type\":\"" + type + "\",\"eventId\":\"" + eventId + "\",\"placementId\":\"" + placementId
                + "\",\"specialistId\":\"" + specialistId + "\",\"teamId\":\"" + TEAM
                + "\",\"municipalityNumber\":\"1506\",\"occurredAt\":\"" + at + "\"" + extra + "}";
    }

    static String specialistUpserted(String eventId, String specialistId) {
        return "{\"type\":\"specialist_upserted\",\"eventId\":\"" + eventId + "\",\"specialistId\":\""
                + specialistId + "\",\"displayName\":\"Kari Nordmann\",\"workEmail\":\"kari@example.no\","
                + "\"teamId\":\"" + TEAM + "\",\"teamLeadId\":\"tl-1\"}";
    }

    static String specialistDeactivated(String eventId, String specialistId) {
        return "{\"type\":\"specialist_deactivated\",\"eventId\":\"" + eventId + "\",\"specialistId\":\""
                + specialistId + "\"}";
    }

    static InboundEvent parse(String json) {
        return PlacementEventJson.parse(json);
    }
}
