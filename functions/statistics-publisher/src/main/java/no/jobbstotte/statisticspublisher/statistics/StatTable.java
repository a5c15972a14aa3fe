package no.jobbstotte.statisticspublisher.statistics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One published dataset: every combination of region, period and measure, in JSON-stat order
 * (region slowest, measure fastest), with a value or a status symbol.
 */
public record StatTable(String id, String label, LocalDate updated, List<Region> regions, List<Period> periods,
        List<Measure> measures, List<Cell> cells) {

    /** Suppressed for confidentiality (prikket): 1–4, or hidden so that such a count cannot be derived. */
    public static final String SUPPRESSED = ":";
    /** Cannot be computed: a share or median over nobody. */
    public static final String NOT_APPLICABLE = ".";

    public static final String SOURCE = "Jobbstøtte";

    public StatTable {
        regions = List.copyOf(regions);
        periods = List.copyOf(periods);
        measures = List.copyOf(measures);
        cells = List.copyOf(cells);
        if (cells.size() != regions.size() * periods.size() * measures.size()) {
            throw new IllegalArgumentException("Expected one cell per region, period and measure in " + id);
        }
    }

    /** A value (scaled to the measure's decimals) or, when it is not published, a status symbol. */
    public record Cell(BigDecimal value, String status) {
        public static Cell of(long value) {
            return new Cell(BigDecimal.valueOf(value), null);
        }

        public static Cell status(String symbol) {
            return new Cell(null, symbol);
        }
    }

    public Cell cell(int region, int period, int measure) {
        return cells.get((region * periods.size() + period) * measures.size() + measure);
    }
}
