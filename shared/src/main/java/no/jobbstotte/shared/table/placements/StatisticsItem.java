package no.jobbstotte.shared.table.placements;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/** The projection of the statistics scan: what the milestones and the fidelity facts read, together. */
final class StatisticsItem {

    static final Map<String, String> ATTRIBUTE_NAMES;
    static final String PROJECTION;

    static {
        // The two projections use overlapping placeholders (#t is a trial date in one, the team in the
        // other), so the union gets placeholders of its own.
        TreeSet<String> attributes = new TreeSet<>(MilestonesItem.ATTRIBUTE_NAMES.values());
        attributes.addAll(FidelityItem.ATTRIBUTE_NAMES.values());
        Map<String, String> names = new LinkedHashMap<>();
        for (String attribute : attributes) {
            names.put("#a" + names.size(), attribute);
        }
        ATTRIBUTE_NAMES = Map.copyOf(names);
        PROJECTION = String.join(", ", names.keySet());
    }

    private StatisticsItem() {}
}
