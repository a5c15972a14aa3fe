package no.jobbstotte.statisticspublisher.statistics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * Counts by measure × region × period, added up from municipality and finest period, with the
 * suppression pattern computed over everything that is published from it: every published table
 * is a view on one cube, so the county total in one table and the sum of its municipalities in
 * another are protected together.
 *
 * <p>Memory is the dense array of counts, independent of how many items were read.
 */
public final class CountCube {

    /** A measure that is the sum of other measures, e.g. hired = hired after trial + hired without. */
    public record Partition(int total, int... parts) {}

    private final List<Measure> measures;
    private final Geography geography;
    private final List<Period> periods;
    private final BiPredicate<Region.Level, Period.Kind> layout;
    private final List<Partition> partitions;
    private final Map<Period, Integer> periodIndex = new HashMap<>();
    private final int[] periodParent;
    private final long[] values;
    private boolean[] suppressed;

    /**
     * @param layout which region levels are published for which period kinds; it must publish
     *     whole levels, so that every published total has all its parts published or none
     */
    public CountCube(List<Measure> measures, Geography geography, List<Period> periods,
            BiPredicate<Region.Level, Period.Kind> layout, List<Partition> partitions) {
        this.measures = List.copyOf(measures);
        this.geography = geography;
        this.periods = List.copyOf(periods);
        this.layout = layout;
        this.partitions = List.copyOf(partitions);
        for (int p = 0; p < periods.size(); p++) {
            periodIndex.put(periods.get(p), p);
        }
        this.periodParent = new int[periods.size()];
        for (int p = 0; p < periods.size(); p++) {
            periodParent[p] = periods.get(p).parent().map(periodIndex::get).orElse(-1);
        }
        this.values = new long[measures.size() * geography.size() * periods.size()];
    }

    public List<Measure> measures() {
        return measures;
    }

    public Geography geography() {
        return geography;
    }

    public List<Period> periods() {
        return periods;
    }

    /** The index of a period, or -1 when the cube does not cover it. */
    public int periodIndex(Period period) {
        return periodIndex.getOrDefault(period, -1);
    }

    /** Whether a period is in the cube; events outside it are not counted. */
    public boolean covers(Period period) {
        return periodIndex.containsKey(period);
    }

    public int cell(int measure, int region, int period) {
        return (measure * geography.size() + region) * periods.size() + period;
    }

    public boolean published(int region, int period) {
        return layout.test(geography.get(region).level(), periods.get(period).kind());
    }

    /** Adds {@code n} to a municipality in its finest period and every published total above. */
    public void add(int measure, int municipality, Period period, long n) {
        Integer start = periodIndex.get(period);
        if (start == null) {
            throw new IllegalArgumentException("Period outside the cube: " + period.id());
        }
        suppressed = null;
        for (int r = municipality; r != Region.NONE; r = geography.get(r).parent()) {
            for (int p = start; p >= 0; p = periodParent[p]) {
                values[cell(measure, r, p)] += n;
            }
        }
    }

    public long value(int measure, int region, int period) {
        return values[cell(measure, region, period)];
    }

    public boolean isSuppressed(int measure, int region, int period) {
        return suppression()[cell(measure, region, period)];
    }

    /** True values of every cell (published or not), indexed by {@link #cell}. */
    public long[] values() {
        return values.clone();
    }

    public boolean[] publishedCells() {
        boolean[] published = new boolean[values.length];
        for (int m = 0; m < measures.size(); m++) {
            for (int r = 0; r < geography.size(); r++) {
                for (int p = 0; p < periods.size(); p++) {
                    published[cell(m, r, p)] = published(r, p);
                }
            }
        }
        return published;
    }

    public boolean[] suppressedCells() {
        return suppression().clone();
    }

    private boolean[] suppression() {
        if (suppressed == null) {
            suppressed = Suppression.apply(values, publishedCells(), equations());
        }
        return suppressed;
    }

    /** Every additive relation between published cells that a reader can check. */
    public List<Suppression.Equation> equations() {
        List<Suppression.Equation> equations = new ArrayList<>();
        int regions = geography.size();
        List<List<Integer>> regionChildren = new ArrayList<>();
        List<List<Integer>> periodChildren = new ArrayList<>();
        for (int r = 0; r < regions; r++) {
            regionChildren.add(new ArrayList<>());
        }
        for (int p = 0; p < periods.size(); p++) {
            periodChildren.add(new ArrayList<>());
        }
        for (int r = 0; r < regions; r++) {
            if (geography.get(r).parent() != Region.NONE) {
                regionChildren.get(geography.get(r).parent()).add(r);
            }
        }
        for (int p = 0; p < periods.size(); p++) {
            if (periodParent[p] >= 0) {
                periodChildren.get(periodParent[p]).add(p);
            }
        }
        for (int m = 0; m < measures.size(); m++) {
            for (int r = 0; r < regions; r++) {
                for (int p = 0; p < periods.size(); p++) {
                    if (!published(r, p)) {
                        continue;
                    }
                    List<Integer> kids = regionChildren.get(r);
                    if (!kids.isEmpty() && published(kids.get(0), p)) {
                        int mm = m;
                        int pp = p;
                        equations.add(new Suppression.Equation(cell(m, r, p),
                                kids.stream().mapToInt(c -> cell(mm, c, pp)).toArray()));
                    }
                    List<Integer> subPeriods = periodChildren.get(p);
                    if (!subPeriods.isEmpty() && published(r, subPeriods.get(0))) {
                        int mm = m;
                        int rr = r;
                        equations.add(new Suppression.Equation(cell(m, r, p),
                                subPeriods.stream().mapToInt(c -> cell(mm, rr, c)).toArray()));
                    }
                }
            }
        }
        for (Partition partition : partitions) {
            for (int r = 0; r < regions; r++) {
                for (int p = 0; p < periods.size(); p++) {
                    if (published(r, p)) {
                        int rr = r;
                        int pp = p;
                        equations.add(new Suppression.Equation(cell(partition.total(), r, p),
                                java.util.Arrays.stream(partition.parts()).map(part -> cell(part, rr, pp)).toArray()));
                    }
                }
            }
        }
        return equations;
    }
}
