package no.jobbstotte.placementevents;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import javax.inject.Inject;
import no.jobbstotte.shared.followup.Placement;
import no.jobbstotte.shared.followup.PlacementReducer;
import no.jobbstotte.shared.followup.event.DirectoryEvent;
import no.jobbstotte.shared.followup.event.DirectoryEvent.SpecialistDeactivated;
import no.jobbstotte.shared.followup.event.DirectoryEvent.SpecialistUpserted;
import no.jobbstotte.shared.followup.event.DirectoryEvent.TeamLeadUpserted;
import no.jobbstotte.shared.followup.event.InboundEvent;
import no.jobbstotte.shared.followup.event.InvalidPlacementEventException;
import no.jobbstotte.shared.followup.event.PlacementEvent;
import no.jobbstotte.shared.log.Log;
import no.jobbstotte.shared.table.directory.DirectoryRepository;
import no.jobbstotte.shared.table.directory.DirectoryWrite;
import no.jobbstotte.shared.table.placements.PlacementRepository;
import no.jobbstotte.shared.table.placements.SaveResult;
import no.jobbstotte.shared.table.placements.SpecialistStatus;
import no.jobbstotte.shared.table.placements.StoredPlacement;

/**
 * Applies one inbound event to the store.
 *
 * <p>A placement event is folded into the stored placement by the {@link PlacementReducer}, which
 * makes duplicates and any delivery order end in the same state; the save is conditional on the
 * revision read, and a lost race is re-read and re-applied. The directory decides whether the
 * placement is an orphan (specialist unknown or inactive): then the team lead's digest reports it.
 * The event is never dropped for that reason.
 *
 * <p>A specialist's deactivation does not rewrite that specialist's placements: that would be an
 * unbounded fan-out inside one message. The reminder side checks {@code active} in the directory
 * when it builds digests, and a placement's {@code orphanTeamId} is refreshed with its next event.
 */
public final class PlacementEventsService {

    static final int MAX_SAVE_ATTEMPTS = 5;
    private static final Log LOG = Log.get(PlacementEventsService.class);

    private final PlacementRepository placements;
    private final DirectoryRepository directory;
    private final PlacementReducer reducer;
    private final Clock clock;

    @Inject
    public PlacementEventsService(PlacementRepository placements, DirectoryRepository directory,
            PlacementReducer reducer, Clock clock) {
        this.placements = placements;
        this.directory = directory;
        this.reducer = reducer;
        this.clock = clock;
    }

    public void apply(InboundEvent event) {
        switch (event) {
            case PlacementEvent e -> applyPlacementEvent(e);
            case DirectoryEvent e -> applyDirectoryEvent(e);
        }
    }

    private void applyPlacementEvent(PlacementEvent event) {
        for (int attempt = 1; attempt <= MAX_SAVE_ATTEMPTS; attempt++) {
            Optional<StoredPlacement> stored = placements.load(event.placementId());
            Placement current = stored.map(StoredPlacement::placement).orElse(null);
            Placement next = reduce(current, event);
            if (next == current) {
                log("placement event already applied", event, "duplicate");
                return;
            }
            SpecialistStatus specialist = SpecialistStatus.of(directory.find(next.specialistId()));
            SaveResult result = placements.save(next, stored.map(StoredPlacement::revision).orElse(0L), specialist);
            if (result != SaveResult.CONFLICT) {
                log("placement event applied", event, result.name().toLowerCase(Locale.ROOT),
                        "specialistStatus", specialist.name(), "attempt", attempt);
                return;
            }
        }
        throw new ConcurrentPlacementUpdateException(event.placementId(), MAX_SAVE_ATTEMPTS);
    }

    private Placement reduce(Placement current, PlacementEvent event) {
        try {
            return reducer.apply(current, event);
        } catch (IllegalArgumentException e) {
            // The reducer's own rule messages name no input values; still, say only which rule class failed.
            throw new InvalidPlacementEventException("event cannot be applied to the placement ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    private void applyDirectoryEvent(DirectoryEvent event) {
        // Directory events carry no occurrence time on the wire (only an event id), so the time they
        // are applied stands in for it: a redelivery of an older event that comes after a newer one
        // still wins. When the case system sends an occurrence time, pass that here instead.
        Instant now = clock.instant();
        DirectoryWrite result = switch (event) {
            case SpecialistUpserted e -> directory.upsertSpecialist(e, now);
            case TeamLeadUpserted e -> directory.upsertTeamLead(e, now);
            case SpecialistDeactivated e -> directory.deactivateSpecialist(e, now);
        };
        LOG.info("directory event applied", "eventId", event.eventId(), "eventType",
                event.getClass().getSimpleName(), "outcome", result.name().toLowerCase(Locale.ROOT));
    }

    private static void log(String message, PlacementEvent event, String outcome, Object... more) {
        Object[] fields = {"eventId", event.eventId(), "placementId", event.placementId(),
                "eventType", event.getClass().getSimpleName(), "outcome", outcome};
        Object[] all = Arrays.copyOf(fields, fields.length + more.length);
        System.arraycopy(more, 0, all, fields.length, more.length);
        LOG.info(message, all);
    }
}
