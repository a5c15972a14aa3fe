package no.jobbstotte.statisticspublisher.statistics;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Disclosure control (prikking) for the cells published for the first time tonight, decided once:
 * cells published on earlier nights keep their number or their flag for good.
 *
 * <ol>
 *   <li>Every new count of 1–4 is hidden. Zeros are published: a published number never changes
 *       afterwards, so a zero cannot later turn into a hidden cell that gives a newcomer away.
 *   <li>Then, for every hidden count of 1–4 in a tree of sums that tonight's cells join, the exact
 *       range a reader can compute from everything published (tonight and before) is worked out
 *       ({@link SumForest}). While one of those ranges is narrower than {@value #MIN_WIDTH}, one
 *       more new cell is hidden: the smallest one near the exposed cell that widens its range to
 *       {@value #MIN_WIDTH}, else the one that widens it most.
 * </ol>
 *
 * Hiding every new cell always works (every new sum then has an unknown total or an unknown part
 * with no upper bound, so it narrows nothing), so the loop ends with the promise kept; if it ever
 * did not, the publication fails rather than publish an exposed count.
 */
public final class Protection {

    /** The largest small count: 1–4 are what must never be published or narrowed. */
    public static final int MAX_SMALL = 4;
    /** The promise: a hidden count of 1–4 can, as far as a reader can compute, lie anywhere in a range this wide. */
    public static final int MIN_WIDTH = 5;

    private final CountCube cube;
    private final SumForest forest;
    private final long[] low;
    private final long[] high;

    private Protection(CountCube cube) {
        this.cube = cube;
        this.forest = new SumForest(cube.sums());
        this.low = new long[cube.size()];
        this.high = new long[cube.size()];
    }

    public static boolean isSmall(long value) {
        return value >= 1 && value <= MAX_SMALL;
    }

    /**
     * Hides new cells of {@code cube} until every hidden small count is safe.
     *
     * @param fresh the cells published for the first time now (every other published cell keeps its state)
     */
    public static void protect(CountCube cube, BitSet fresh) {
        new Protection(cube).run(fresh);
    }

    private void run(BitSet fresh) {
        Set<Integer> trees = new HashSet<>();
        for (int cell = fresh.nextSetBit(0); cell >= 0; cell = fresh.nextSetBit(cell + 1)) {
            if (isSmall(cube.value(cell))) {
                cube.setHidden(cell, true);
            }
            if (forest.treeOf(cell) >= 0) {
                trees.add(forest.treeOf(cell));
            }
        }
        for (int t : trees.stream().sorted().toList()) {
            SumForest.Tree tree = forest.trees().get(t);
            for (int exposed = exposed(tree); exposed >= 0; exposed = exposed(tree)) {
                int cover = cover(tree, exposed, fresh);
                if (cover >= 0) {
                    cube.setHidden(cover, true);
                } else if (!hideAll(tree, fresh)) {
                    throw new IllegalStateException("cannot protect " + cube.key(exposed) + ": nothing left to hide");
                }
            }
        }
    }

    /** The first hidden small count in the tree whose range is narrower than the promise, or -1. */
    private int exposed(SumForest.Tree tree) {
        narrow(tree);
        for (int cell : tree.cells()) {
            if (cube.isHidden(cell) && isSmall(cube.value(cell)) && width(cell) < MIN_WIDTH) {
                return cell;
            }
        }
        return -1;
    }

    private void narrow(SumForest.Tree tree) {
        for (int cell : tree.cells()) {
            boolean hidden = cube.isHidden(cell);
            low[cell] = hidden ? 0 : cube.value(cell);
            high[cell] = hidden ? SumForest.INFINITY : cube.value(cell);
        }
        forest.narrow(tree, low, high);
        for (int cell : tree.cells()) {
            if (cube.value(cell) < low[cell] || cube.value(cell) > high[cell]) {
                throw new IllegalStateException("range of " + cube.key(cell) + " misses its count: the sums do not add up");
            }
        }
    }

    private long width(int cell) {
        return high[cell] == SumForest.INFINITY ? Long.MAX_VALUE : high[cell] - low[cell];
    }

    /**
     * The new published cells around the exposed one (reached through hidden cells), tried from the
     * smallest: the first that widens its range enough, else the one that widens it most; -1 if none.
     */
    private int cover(SumForest.Tree tree, int exposed, BitSet fresh) {
        List<Integer> candidates = new ArrayList<>();
        Set<Integer> reached = new HashSet<>(List.of(exposed));
        Deque<Integer> queue = new ArrayDeque<>(List.of(exposed));
        while (!queue.isEmpty()) {
            for (int s : forest.sumsOf(queue.poll())) {
                for (int cell : forest.sum(s).cells()) {
                    if (reached.add(cell)) {
                        if (cube.isHidden(cell)) {
                            queue.add(cell);
                        } else if (fresh.get(cell)) {
                            candidates.add(cell);
                        }
                    }
                }
            }
        }
        candidates.sort(Comparator.comparingLong((Integer c) -> cube.value(c)).thenComparing(c -> c));
        int best = -1;
        long bestWidth = -1;
        for (int candidate : candidates) {
            cube.setHidden(candidate, true);
            narrow(tree);
            long width = width(exposed);
            cube.setHidden(candidate, false);
            if (width >= MIN_WIDTH) {
                return candidate;
            }
            if (width > bestWidth) {
                best = candidate;
                bestWidth = width;
            }
        }
        return best;
    }

    /** Hides every new cell of the tree; false if there was none left. */
    private boolean hideAll(SumForest.Tree tree, BitSet fresh) {
        boolean any = false;
        for (int cell : tree.cells()) {
            if (fresh.get(cell) && !cube.isHidden(cell)) {
                cube.setHidden(cell, true);
                any = true;
            }
        }
        return any;
    }
}
