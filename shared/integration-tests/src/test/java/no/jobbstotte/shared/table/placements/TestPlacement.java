package no.jobbstotte.shared.table.placements;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.jobbstotte.shared.followup.FollowUpPlan;
import no.jobbstotte.shared.followup.Placement;
import no.jobbstotte.shared.followup.PlacementReducer;
import no.jobbstotte.shared.followup.event.EventHeader;
import no.jobbstotte.shared.followup.event.PlacementEvent;

/** One new placement of a specialist in team t-1 in Molde (1506), and its events as records. */
record TestPlacement(String placementId, String specialistId) {

    static final String TEAM = "t-1";
    static final String MUNICIPALITY = "1506";
    static final PlacementReducer REDUCER = new PlacementReducer(FollowUpPlan.defaults());

    static TestPlacement of(String specialistId) {
        return new TestPlacement("p-" + UUID.randomUUID(), specialistId);
    }

    /** {@code at} is an ISO instant, e.g. {@code 2026-03-02T09:00:00Z}. */
    PlacementEvent referred(String eventId, String at) {
        return new PlacementEvent.Referred(header(eventId, at));
    }

    PlacementEvent paused(String eventId, String at) {
        return new PlacementEvent.Paused(header(eventId, at));
    }

    PlacementEvent ended(String eventId, String at, String reason) {
        return new PlacementEvent.Ended(header(eventId, at), reason);
    }

    /** The placement these events make, as PlacementEvents would fold them. */
    Placement after(PlacementEvent... events) {
        return REDUCER.replay(List.of(events));
    }

    private EventHeader header(String eventId, String at) {
        return new EventHeader(eventId, placementId, specialistId, TEAM, MUNICIPALITY, Optional.empty(),
                Instant.parse(at));
    }
}
