package no.jobbstotte.statisticspublisher.statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts by measure × region × period, added up from municipality and month, and which of the
 * published cells are hidden: every published table is a view on one cube, so the county total in
 * one table and the sum of its municipalities in another are the same cell, protected once.
 *
 * <p>Memory is the dense array of counts, independent of how many items were read.
 */
public final class CountCube {

    /** A measure that is the sum of other measures, e.g. hired = hired after trial + hired without. */
    public record Partition(int total, int... parts) {}

    /** Which measures are published for which region levels and period kinds. */
    @FunctionalInterface
    public interface Layout {
        boolean publishes(int measure, Region.Level level, Period.Kind kind);
    }

    /** A published total and the published cells that add up to it; indices from {@link #cell}. */
    public record Sum(int total, int[] parts) {
        int[] cells() {
            int[] cells = Arrays.copyOf(parts, parts.length + 1);
            cells[parts.length] = total;
            return cells;
        }
    }

    private final List<Measure> measures;
    private final Geography geography;
    private final List<Period> periods;
    private final Layout layout;
    private final List<Partition> partitions;
    private final Map<Period, Integer> periodIndex = new HashMap<>();
    private final int[] periodParent;
    private final long[] values;
    private final boolean[] hidden;
    private final Map<String, Integer> byId = new HashMap<>();

    /**
     * @param layout which cells are published; it must publish whole levels, so that every published
     *     total has all its parts published or none
     */
    public CountCube(List<Measure> measures, Geography geography, List<Period> periods, Layout layout,
            List<Partition> partitions) {
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
        this.hidden = new boolean[values.length];
        for (int m = 0; m < measures.size(); m++) {
            byId.put("m:" + measures.get(m).id(), m);
        }
        for (int r = 0; r < geography.size(); r++) {
            byId.put("r:" + geography.get(r).code(), r);
        }
        for (int p = 0; p < periods.size(); p++) {
            byId.put("p:" + periods.get(p).id(), p);
        }
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

    public int cell(int measure, int region, int period) {
        return (measure * geography.size() + region) * periods.size() + period;
    }

    public boolean published(int measure, int region, int period) {
        return layout.publishes(measure, geography.get(region).level(), periods.get(period).kind());
    }

    /** Measure, region and period of a cell index. */
    public int measureOf(int cell) {
        return cell / (geography.size() * periods.size());
    }

    public int regionOf(int cell) {
        return cell / periods.size() % geography.size();
    }

    public int periodOf(int cell) {
        return cell % periods.size();
    }

    /** The cell's id as published: {@code measure|region|period}, e.g. {@code henviste|03|2026}. */
    public String key(int cell) {
        return measures.get(measureOf(cell)).id() + "|" + geography.get(regionOf(cell)).code() + "|"
                + periods.get(periodOf(cell)).id();
    }

    /** Adds {@code n} to a municipality in its finest period and every published total above. */
    public void add(int measure, int municipality, Period period, long n) {
        Integer start = periodIndex.get(period);
        if (start == null) {
            throw new IllegalArgumentException("Period outside the cube: " + period.id());
        }
        for (int r = municipality; r != Region.NONE; r = geography.get(r).parent()) {
            for (int p = start; p >= 0; p = periodParent[p]) {
                values[cell(measure, r, p)] += n;
            }
        }
    }

    public long value(int measure, int region, int period) {
        return values[cell(measure, region, period)];
    }

    public long value(int cell) {
        return values[cell];
    }

    /** The cell of a published id ({@link #key}), or -1 when the cube has no such cell. */
    public int cellOf(String key) {
        String[] parts = key.split("\\|", -1);
        Integer measure = byId.get("m:" + parts[0]);
        Integer region = byId.get("r:" + parts[1]);
        Integer period = parts.length == 3 ? byId.get("p:" + parts[2]) : null;
        return measure == null || region == null || period == null ? -1 : cell(measure, region, period);
    }

    public boolean isHidden(int measure, int region, int period) {
        return hidden[cell(measure, region, period)];
    }

    public boolean isHidden(int cell) {
        return hidden[cell];
    }

    /** Hides or shows a published cell; only disclosure control and the ledger's record of it call this. */
    void setHidden(int cell, boolean hide) {
        if (!publishedCell(cell)) {
            throw new IllegalArgumentException("Only a published cell can be hidden: " + key(cell));
        }
        hidden[cell] = hide;
    }

    /** How many cells the cube has (published or not); cell indices run below this. */
    public int size() {
        return values.length;
    }

    public boolean publishedCell(int cell) {
        return published(measureOf(cell), regionOf(cell), periodOf(cell));
    }


    /** Every additive relation between published cells that a reader can check. */
    public List<Sum> sums() {
        List<Sum> equations = new ArrayList<>();
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
                    if (!published(m, r, p)) {
                        continue;
                    }
                    List<Integer> kids = regionChildren.get(r);
                    if (!kids.isEmpty() && published(m, kids.get(0), p)) {
                        int mm = m;
                        int pp = p;
                        equations.add(new Sum(cell(m, r, p),
                                kids.stream().mapToInt(c -> cell(mm, c, pp)).toArray()));
                    }
                    List<Integer> subPeriods = periodChildren.get(p);
                    if (!subPeriods.isEmpty() && published(m, r, subPeriods.get(0))) {
                        int mm = m;
                        int rr = r;
                        equations.add(new Sum(cell(m, r, p),
                                subPeriods.stream().mapToInt(c -> cell(mm, rr, c)).toArray()));
                    }
                }
            }
        }
        for (Partition partition : partitions) {
            for (int r = 0; r < regions; r++) {
                for (int p = 0; p < periods.size(); p++) {
                    int rr = r;
                    int pp = p;
                    if (published(partition.total(), r, p)
                            && Arrays.stream(partition.parts()).allMatch(part -> published(part, rr, pp))) {
                        equations.add(new Sum(cell(partition.total(), r, p),
                                Arrays.stream(partition.parts()).map(part -> cell(part, rr, pp)).toArray()));
                    }
                }
            }
        }
        return equations;
    }
}
