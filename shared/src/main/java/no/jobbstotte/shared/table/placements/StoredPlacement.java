package no.jobbstotte.shared.table.placements;

import java.util.Objects;
import no.jobbstotte.shared.followup.Placement;

/** A placement as loaded, with the revision a conditional save must expect. */
public record StoredPlacement(Placement placement, long revision) {
    public StoredPlacement {
        Objects.requireNonNull(placement, "placement");
    }
}
