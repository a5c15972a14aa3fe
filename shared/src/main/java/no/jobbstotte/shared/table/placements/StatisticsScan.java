package no.jobbstotte.shared.table.placements;

import java.util.function.Consumer;
import no.jobbstotte.shared.fidelity.FidelityFacts;

/**
 * Every placement, for the nightly statistics: its stage dates and its IPS fidelity facts from one
 * scan. A scan is billed for the whole items it reads whatever it projects, so two readers of the
 * same table would pay for every item twice.
 */
public interface StatisticsScan {

    /**
     * Hands each placement's milestones to {@code milestones} and its facts to {@code fidelity},
     * page by page (one page in memory at a time). An item whose stage dates do not parse is left
     * out of the milestones, one whose fidelity attributes do not parse out of the facts; each such
     * omission is counted.
     *
     * @return how many times an item was left out as malformed
     */
    long forEachPlacement(Consumer<PlacementMilestones> milestones, Consumer<FidelityFacts> fidelity);
}
