package no.jobbstotte.shared.table.directory;

import java.time.Instant;
import java.util.Optional;
import no.jobbstotte.shared.followup.event.DirectoryEvent.SpecialistDeactivated;
import no.jobbstotte.shared.followup.event.DirectoryEvent.SpecialistUpserted;
import no.jobbstotte.shared.followup.event.DirectoryEvent.TeamLeadUpserted;

/**
 * The directory as PlacementEvents keeps it from directory events. Every write carries the event's time and id and is ignored
 * ({@link DirectoryWrite#STALE}) when the stored item comes from a later (time, id), so the
 * outcome does not depend on delivery order or duplicates.
 */
public interface DirectoryRepository {

    DirectoryWrite upsertSpecialist(SpecialistUpserted event, Instant eventAt);

    DirectoryWrite upsertTeamLead(TeamLeadUpserted event, Instant eventAt);

    /** Marks the specialist inactive, keeping name and team; creates a nameless inactive item if unknown. */
    DirectoryWrite deactivateSpecialist(SpecialistDeactivated event, Instant eventAt);

    /** A consistent read: a placement saved right after a directory event sees that event. */
    Optional<Person> find(String personId);
}
