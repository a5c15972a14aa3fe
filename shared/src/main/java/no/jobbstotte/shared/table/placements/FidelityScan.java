package no.jobbstotte.shared.table.placements;

import java.util.function.Consumer;
import no.jobbstotte.shared.fidelity.FidelityFacts;

/** Every placement's fidelity facts, for the nightly publication (placeholder until the events part lands). */
public interface FidelityScan {

    /** @return how many items were skipped as malformed */
    long forEachPlacement(Consumer<FidelityFacts> each);
}
