package no.jobbstotte.statisticspublisher.statistics;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The published sums (a total and its parts) as a forest: no cell can be reached from another along
 * two different chains of sums. The layout is chosen so that this holds (see
 * {@link StatisticsAccumulator#publishedLayout}), and construction fails if it does not.
 *
 * <p>On a forest the range a reader can compute for every cell, from the published numbers and
 * every count being 0 or more, is exact and cheap: one pass up and one pass down each tree, each
 * sum turning the ranges of its other cells into a range for the next. It is the same range the
 * linear programs of an attack would find.
 */
final class SumForest {

    static final long INFINITY = Long.MAX_VALUE;
    static final long MINUS_INFINITY = Long.MIN_VALUE;

    /** One connected tree: its sums in the order they were reached from the first cell. */
    record Tree(int root, List<Integer> sums, List<Integer> cells) {}

    private final List<CountCube.Sum> sums;
    private final Map<Integer, List<Integer>> sumsOf = new HashMap<>();
    private final Map<Integer, Integer> parentCell = new HashMap<>();
    private final Map<Integer, Integer> parentSum = new HashMap<>();
    private final Map<Integer, List<Integer>> childSums = new HashMap<>();
    private final Map<Integer, Integer> treeOf = new HashMap<>();
    private final List<Tree> trees = new ArrayList<>();

    /** @throws IllegalStateException if the sums are not a forest */
    SumForest(List<CountCube.Sum> sums) {
        this.sums = List.copyOf(sums);
        for (int s = 0; s < sums.size(); s++) {
            for (int cell : sums.get(s).cells()) {
                sumsOf.computeIfAbsent(cell, k -> new ArrayList<>()).add(s);
            }
        }
        for (int cell : sumsOf.keySet().stream().sorted().toList()) {
            if (!treeOf.containsKey(cell)) {
                grow(cell);
            }
        }
    }

    private void grow(int root) {
        int id = trees.size();
        List<Integer> order = new ArrayList<>();
        List<Integer> cells = new ArrayList<>(List.of(root));
        treeOf.put(root, id);
        Deque<Integer> queue = new ArrayDeque<>(List.of(root));
        boolean[] reached = new boolean[sums.size()];
        while (!queue.isEmpty()) {
            int cell = queue.poll();
            for (int s : sumsOf.get(cell)) {
                if (reached[s]) {
                    continue;
                }
                reached[s] = true;
                order.add(s);
                parentCell.put(s, cell);
                childSums.computeIfAbsent(cell, k -> new ArrayList<>()).add(s);
                for (int other : sums.get(s).cells()) {
                    if (other == cell) {
                        continue;
                    }
                    if (treeOf.containsKey(other)) {
                        throw new IllegalStateException("the published sums are not a forest: cell " + other
                                + " is reached twice; the layout must not publish a table with both margins");
                    }
                    treeOf.put(other, id);
                    parentSum.put(other, s);
                    cells.add(other);
                    queue.add(other);
                }
            }
        }
        trees.add(new Tree(root, List.copyOf(order), List.copyOf(cells)));
    }

    List<Tree> trees() {
        return trees;
    }

    /** The tree a cell belongs to, or -1 when no published sum involves it. */
    int treeOf(int cell) {
        return treeOf.getOrDefault(cell, -1);
    }

    /** The sums a cell takes part in (as total or part). */
    List<Integer> sumsOf(int cell) {
        return sumsOf.getOrDefault(cell, List.of());
    }

    CountCube.Sum sum(int s) {
        return sums.get(s);
    }

    /**
     * Every cell's range in one tree, given what the reader knows of each cell on its own
     * ({@code low[c]..high[c]}: the number itself when published, 0..∞ when hidden); the results are
     * written back into {@code low} and {@code high}.
     */
    void narrow(Tree tree, long[] low, long[] high) {
        Map<Integer, long[]> up = new HashMap<>();
        for (int cell : tree.cells()) {
            up.put(cell, new long[] {low[cell], high[cell]});
        }
        Map<Integer, long[]> fromBelow = new HashMap<>();
        for (int i = tree.sums().size() - 1; i >= 0; i--) {
            int s = tree.sums().get(i);
            int parent = parentCell.get(s);
            long[] message = project(sums.get(s), parent, up);
            fromBelow.put(s, message);
            intersect(up.get(parent), message);
        }
        Map<Integer, long[]> fromAbove = new HashMap<>();
        for (int s : tree.sums()) {
            int parent = parentCell.get(s);
            long[] outside = {low[parent], high[parent]};
            if (fromAbove.containsKey(parent)) {
                intersect(outside, fromAbove.get(parent));
            }
            for (int sibling : childSums.get(parent)) {
                if (sibling != s) {
                    intersect(outside, fromBelow.get(sibling));
                }
            }
            Map<Integer, long[]> given = new HashMap<>(up);
            given.put(parent, outside);
            for (int child : sums.get(s).cells()) {
                if (child != parent) {
                    fromAbove.put(child, project(sums.get(s), child, given));
                }
            }
        }
        for (int cell : tree.cells()) {
            long[] range = up.get(cell);
            if (fromAbove.containsKey(cell)) {
                intersect(range, fromAbove.get(cell));
            }
            low[cell] = range[0];
            high[cell] = range[1];
        }
    }

    /** The values {@code target} can take in one sum, given ranges for its other cells. */
    private static long[] project(CountCube.Sum sum, int target, Map<Integer, long[]> given) {
        long low = 0;
        long high = 0;
        if (target == sum.total()) {
            for (int part : sum.parts()) {
                low = add(low, given.get(part)[0]);
                high = add(high, given.get(part)[1]);
            }
            return new long[] {low, high};
        }
        low = given.get(sum.total())[0];
        high = given.get(sum.total())[1];
        for (int part : sum.parts()) {
            if (part != target) {
                low = subtract(low, given.get(part)[1]);
                high = subtract(high, given.get(part)[0]);
            }
        }
        return new long[] {low, high};
    }

    private static void intersect(long[] range, long[] with) {
        range[0] = Math.max(range[0], with[0]);
        range[1] = Math.min(range[1], with[1]);
    }

    private static long add(long a, long b) {
        if (a == INFINITY || b == INFINITY) {
            return INFINITY;
        }
        if (a == MINUS_INFINITY || b == MINUS_INFINITY) {
            return MINUS_INFINITY;
        }
        return a + b;
    }

    private static long subtract(long a, long b) {
        return add(a, b == INFINITY ? MINUS_INFINITY : b == MINUS_INFINITY ? INFINITY : -b);
    }
}
