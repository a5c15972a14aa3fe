package no.jobbstotte.shared.table.placements;

import java.util.function.Consumer;

/** Every placement's stage dates, for the nightly statistics. */
public interface MilestoneScan {

    /**
     * Hands each placement's milestones to {@code each}, page by page (one page in memory at a
     * time); an item whose dates do not parse is skipped and counted.
     *
     * @return how many items were skipped as malformed
     */
    long forEachPlacement(Consumer<PlacementMilestones> each);
}
