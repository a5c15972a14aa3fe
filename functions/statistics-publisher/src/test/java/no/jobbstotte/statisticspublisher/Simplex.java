package no.jobbstotte.statisticspublisher;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Linear programs {@code max c·x subject to A x = b, x ≥ 0}, as the intruder solves them: a dense
 * two-phase simplex with Bland's rule (which cannot cycle on these very degenerate systems).
 * Written here because commons-math's SimplexSolver returned points that broke the constraints on
 * them. Phase one runs once per system; each objective then starts from its feasible basis.
 */
final class Simplex {

    private static final double EPS = 1e-9;

    private final double[][] rows;
    private final int[] basis;
    private final int columns;

    private Simplex(double[][] rows, int[] basis, int columns) {
        this.rows = rows;
        this.basis = basis;
        this.columns = columns;
    }

    /**
     * A feasible basis for {@code A x = b, x ≥ 0} over {@code n} unknowns.
     *
     * @throws AssertionError if there is none (the published numbers contradict each other)
     */
    static Simplex feasible(double[][] a, double[] b, int n) {
        int m = a.length;
        double[][] t = new double[m][n + m + 1];
        int[] basis = new int[m];
        for (int i = 0; i < m; i++) {
            double sign = b[i] < 0 ? -1 : 1;
            for (int j = 0; j < n; j++) {
                t[i][j] = sign * a[i][j];
            }
            t[i][n + i] = 1;
            t[i][n + m] = sign * b[i];
            basis[i] = n + i;
        }
        // Phase one: maximise minus the sum of the artificial variables.
        double[] objective = new double[n + m];
        Arrays.fill(objective, n, n + m, -1);
        double[] top = reducedCosts(t, basis, objective, n + m);
        optimise(t, basis, top, n + m);
        if (top[n + m] < -1e-7) {
            throw new AssertionError("the published numbers admit no table at all");
        }
        // Artificial variables still in the basis sit at zero: pivot them out, or drop a redundant row.
        List<double[]> kept = new ArrayList<>();
        List<Integer> keptBasis = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            if (basis[i] >= n) {
                int entering = -1;
                for (int j = 0; j < n && entering < 0; j++) {
                    if (Math.abs(t[i][j]) > EPS) {
                        entering = j;
                    }
                }
                if (entering < 0) {
                    continue;
                }
                pivot(t, basis, null, i, entering);
            }
        }
        for (int i = 0; i < m; i++) {
            if (basis[i] < n) {
                double[] row = Arrays.copyOf(t[i], n + 1);
                row[n] = t[i][n + m];
                kept.add(row);
                keptBasis.add(basis[i]);
            }
        }
        return new Simplex(kept.toArray(double[][]::new), keptBasis.stream().mapToInt(Integer::intValue).toArray(), n);
    }

    /** The largest value of {@code c·x}, or +∞ if there is no largest. */
    double maximise(double[] c) {
        double[][] t = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            t[i] = rows[i].clone();
        }
        int[] b = basis.clone();
        double[] top = reducedCosts(t, b, c, columns);
        return optimise(t, b, top, columns) ? top[columns] : Double.POSITIVE_INFINITY;
    }

    /** The smallest value of {@code c·x}. */
    double minimise(double[] c) {
        double[] negated = new double[c.length];
        for (int j = 0; j < c.length; j++) {
            negated[j] = -c[j];
        }
        return -maximise(negated);
    }

    /** The objective row {@code c_B B⁻¹ A − c} and its value, for a tableau already in basis form. */
    private static double[] reducedCosts(double[][] t, int[] basis, double[] c, int n) {
        double[] top = new double[n + 1];
        for (int j = 0; j < n; j++) {
            top[j] = -c[j];
        }
        for (int i = 0; i < t.length; i++) {
            double cb = c[basis[i]];
            if (cb != 0) {
                for (int j = 0; j < n; j++) {
                    top[j] += cb * t[i][j];
                }
                top[n] += cb * t[i][t[i].length - 1];
            }
        }
        return top;
    }

    /** Pivots with Bland's rule until optimal (true) or unbounded (false). */
    private static boolean optimise(double[][] t, int[] basis, double[] top, int n) {
        while (true) {
            int entering = -1;
            for (int j = 0; j < n && entering < 0; j++) {
                if (top[j] < -EPS) {
                    entering = j;
                }
            }
            if (entering < 0) {
                return true;
            }
            int leaving = -1;
            double best = Double.POSITIVE_INFINITY;
            for (int i = 0; i < t.length; i++) {
                if (t[i][entering] > EPS) {
                    double ratio = t[i][t[i].length - 1] / t[i][entering];
                    if (leaving < 0 || ratio < best - EPS) {
                        best = ratio;
                        leaving = i;
                    } else if (ratio < best + EPS && basis[i] < basis[leaving]) {
                        leaving = i;
                    }
                }
            }
            if (leaving < 0) {
                return false;
            }
            pivot(t, basis, top, leaving, entering);
        }
    }

    private static void pivot(double[][] t, int[] basis, double[] top, int row, int column) {
        double[] pivotRow = t[row];
        double p = pivotRow[column];
        int width = pivotRow.length;
        for (int j = 0; j < width; j++) {
            pivotRow[j] /= p;
        }
        for (int i = 0; i < t.length; i++) {
            if (i != row && t[i][column] != 0) {
                eliminate(t[i], pivotRow, t[i][column], width);
            }
        }
        if (top != null && top[column] != 0) {
            double f = top[column];
            int n = top.length - 1;
            for (int j = 0; j < n; j++) {
                top[j] -= f * pivotRow[j];
            }
            top[n] -= f * pivotRow[width - 1];
        }
        basis[row] = column;
    }

    private static void eliminate(double[] target, double[] pivotRow, double factor, int width) {
        for (int j = 0; j < width; j++) {
            if (pivotRow[j] != 0) {
                target[j] -= factor * pivotRow[j];
            }
        }
    }
}
