package no.jobbstotte.shared.table.placements;

import java.util.function.Consumer;
import no.jobbstotte.shared.fidelity.FidelityFacts;

/** Every placement's fidelity facts, for the nightly publication of the IPS indicators. */
public interface FidelityScan {

    /**
     * Hands each placement's facts to {@code each}, page by page (one page in memory at a time);
     * an item whose attributes do not parse is skipped and counted.
     *
     * @return how many items were skipped as malformed
     */
    long forEachPlacement(Consumer<FidelityFacts> each);
}
