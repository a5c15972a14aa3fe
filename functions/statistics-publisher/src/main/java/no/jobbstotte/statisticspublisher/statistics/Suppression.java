package no.jobbstotte.statisticspublisher.statistics;

import java.util.List;

/**
 * Small-cell suppression (prikking) over a set of published cells linked by additive equations
 * (a total equals the sum of its parts: a county and its municipalities, a year and its quarters, a
 * measure and its breakdown).
 *
 * <ol>
 *   <li>Primary: every count below {@value #MIN_PUBLISHED} is suppressed, zero included. A published
 *       zero that later becomes a suppressed cell would tell that exactly one person arrived, so
 *       zeros get no special treatment; a suppressed cell may be anything from 0 upwards.
 *   <li>Secondary, repeated until nothing changes, for every equation with a suppressed term
 *       above zero: if it is the only such term, or if the total is published and those parts add
 *       up to less than {@value #MIN_PUBLISHED} (so each of them would be known to be small), one
 *       more term is suppressed: the smallest published part (ties: the first), or the total when
 *       every part is suppressed already. Suppressed zeros do not count as protection: a zero
 *       cannot move down to balance another cell. That a group is empty may thus be derivable;
 *       an empty group identifies nobody.
 * </ol>
 *
 * The result depends only on the values and the order of the equations: the same input gives the
 * same pattern.
 */
public final class Suppression {

    /** The largest small count: 1–4 are what must never be published or derivable. */
    public static final int MAX_SMALL = 4;
    /** The smallest count that is published. */
    public static final int MIN_PUBLISHED = MAX_SMALL + 1;

    /** A total and the cells that add up to it; indices into the cell arrays. */
    public record Equation(int total, int[] parts) {}

    private Suppression() {}

    public static boolean isSmall(long value) {
        return value < MIN_PUBLISHED;
    }

    /**
     * @param values every cell's true value
     * @param published which cells are published at all (the others take no part)
     * @return which cells to suppress
     */
    public static boolean[] apply(long[] values, boolean[] published, List<Equation> equations) {
        boolean[] suppressed = new boolean[values.length];
        for (int i = 0; i < values.length; i++) {
            suppressed[i] = published[i] && isSmall(values[i]);
        }
        boolean changed = true;
        while (changed) {
            // Each pass suppresses at least one more cell, so this ends.
            changed = false;
            for (Equation equation : equations) {
                if (needsAnother(equation, values, suppressed)) {
                    int extra = choose(equation, values, suppressed);
                    if (extra >= 0) {
                        suppressed[extra] = true;
                        changed = true;
                    }
                }
            }
        }
        return suppressed;
    }

    /**
     * Only suppressed cells above zero count as protection: a zero cannot move down, so it cannot
     * balance a change in another cell of the same sum.
     */
    private static boolean needsAnother(Equation equation, long[] values, boolean[] suppressed) {
        int count = suppressed[equation.total()] && values[equation.total()] > 0 ? 1 : 0;
        long partsSum = 0;
        for (int part : equation.parts()) {
            if (suppressed[part] && values[part] > 0) {
                count++;
                partsSum += values[part];
            }
        }
        if (count == 0) {
            return false;
        }
        if (count == 1) {
            return true;
        }
        // Total published: each suppressed part lies in [0, partsSum]; keep that reaching past 4.
        return !suppressed[equation.total()] && partsSum <= MAX_SMALL;
    }

    private static int choose(Equation equation, long[] values, boolean[] suppressed) {
        int best = -1;
        for (int part : equation.parts()) {
            if (!suppressed[part] && (best < 0 || values[part] < values[best])) {
                best = part;
            }
        }
        if (best < 0 && !suppressed[equation.total()]) {
            best = equation.total();
        }
        return best;
    }
}
