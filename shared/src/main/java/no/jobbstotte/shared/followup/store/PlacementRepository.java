package no.jobbstotte.shared.followup.store;

import java.util.Optional;
import no.jobbstotte.shared.followup.Placement;

/**
 * The PlacementsTable, written as {@code docs/followup-data.md} describes. An interface so that
 * services can be tested with an in-memory store; {@link DynamoPlacementRepository} is the real one.
 */
public interface PlacementRepository {

    Optional<StoredPlacement> load(String placementId);

    /**
     * Writes the whole item if the stored revision is still {@code expectedRevision} (0 for a
     * placement not stored yet); the new revision is {@code expectedRevision + 1}.
     */
    SaveResult save(Placement placement, long expectedRevision, SpecialistStatus specialist);
}
