package no.jobbstotte.shared.table.placements;

import java.util.Optional;
import no.jobbstotte.shared.followup.Placement;

/**
 * The placements as PlacementEvents keeps them: a whole placement loaded and saved under
 * optimistic locking. An interface so that services can be tested with an in-memory store;
 * {@link DynamoDbPlacementRepository} is the real one.
 */
public interface PlacementRepository {

    Optional<StoredPlacement> load(String placementId);

    /**
     * Writes the whole item if the stored revision is still {@code expectedRevision} (0 for a
     * placement not stored yet); the new revision is {@code expectedRevision + 1}.
     */
    SaveResult save(Placement placement, long expectedRevision, SpecialistStatus specialist);
}
