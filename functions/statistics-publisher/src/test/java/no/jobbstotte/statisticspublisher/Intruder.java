package no.jobbstotte.statisticspublisher;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * An intruder who keeps every night's publication. Each night it adds what the files show to what
 * it knew: every published number, and every additive relation between cells (as {@link Attacker}
 * derives them from the files and the README). A cell it saw on an earlier night is the same
 * unknown as tonight's when its true count has not changed since (a strong intruder: it is told
 * which cells stayed the same, e.g. because closed periods rarely change), so a number published
 * on one night fills in the same cell hidden on another; likewise a stock (agreements at a month's
 * end) that did not change from one month's end to the next. For every hidden cell whose true count is
 * 1–4 it then solves two linear programs (largest and smallest value, all counts ≥ 0) over
 * everything known so far; a range narrower than {@value #PROMISED_WIDTH} is a disclosure, and so is
 * a count of 1–4 published outright (or worked out from a published figure, see {@link FidelityCells}).
 */
final class Intruder {

    /** The README's promise: a hidden count of 1–4 is never narrowed to a range narrower than this. */
    static final int PROMISED_WIDTH = 5;

    /** A hidden small count pinned down more than the rule promises, on the night it happened. */
    record Disclosure(int night, String key, long truth, long lowest, long highest) {
        @Override
        public String toString() {
            return "night " + night + ": " + key + " = " + truth + " narrowed to [" + lowest + ", " + highest + "]";
        }
    }

    /** One night's attack: how many hidden small counts were attacked, and what gave way. */
    record Night(int attacked, List<Disclosure> disclosures, boolean learnedSomething) {}

    /** One state of a cell: its true count, and the number if any night published it. */
    private static final class Version {
        final long truth;
        Long published;
        boolean hidden;

        Version(long truth) {
            this.truth = truth;
        }
    }

    private final Map<String, Integer> current = new HashMap<>();
    private final List<Version> versions = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    private final List<int[]> equations = new ArrayList<>();
    private final Set<Integer> disclosed = new HashSet<>();
    private final List<Disclosure> published = new ArrayList<>();
    int linearPrograms;

    /**
     * @param truth the true count behind each cell of the view (absent: 0)
     * @throws AssertionError if a published number is not the true count or the numbers do not add up
     */
    Night learn(int night, Attacker.View view, Map<String, Long> truth) {
        boolean learned = false;
        for (Map.Entry<String, Long> cell : inTimeOrder(view)) {
            long value = truth.getOrDefault(cell.getKey(), 0L);
            Integer id = current.get(cell.getKey());
            Integer before = current.get(previousSnapshot(cell.getKey(), view));
            if (id == null && before != null && versions.get(before).truth == value) {
                // A stock (agreements at a month's end) that did not change is the same unknown as last month.
                id = before;
                current.put(cell.getKey(), id);
            }
            if (id == null || versions.get(id).truth != value) {
                id = versions.size();
                versions.add(new Version(value));
                names.add(cell.getKey());
                current.put(cell.getKey(), id);
                learned = true;
            }
            Version version = versions.get(id);
            if (cell.getValue() == null) {
                learned |= !version.hidden;
                version.hidden = true;
            } else {
                if (cell.getValue() != value) {
                    throw new AssertionError(cell.getKey() + " published as " + cell.getValue() + ", true count " + value);
                }
                learned |= version.published == null;
                version.published = value;
                if (isSmall(value) && !cell.getKey().startsWith(Attacker.AGREEMENTS) && disclosed.add(id)) {
                    // A count of people published (or worked out from what is) as it is: the plainest
                    // disclosure. Agreements are contracts, published as counted (README).
                    published.add(new Disclosure(night, cell.getKey(), value, value, value));
                }
            }
        }
        for (Attacker.Equation equation : Attacker.equations(view)) {
            int[] terms = new int[equation.parts().size() + 1];
            terms[0] = current.get(equation.total()) + 1;
            for (int i = 0; i < equation.parts().size(); i++) {
                terms[i + 1] = -(current.get(equation.parts().get(i)) + 1);
            }
            int[] sorted = terms.clone();
            Arrays.sort(sorted);
            if (seen.add(Arrays.toString(sorted))) {
                equations.add(terms);
                learned = true;
            }
        }
        Night attacked = learned ? attack(night) : new Night(0, List.of(), false);
        if (published.isEmpty()) {
            return attacked;
        }
        List<Disclosure> all = new ArrayList<>(published);
        all.addAll(attacked.disclosures());
        published.clear();
        return new Night(attacked.attacked(), all, attacked.learnedSomething());
    }

    /** The cells with snapshots (periods that are days) in time order, so each can be linked to the one before. */
    private static List<Map.Entry<String, Long>> inTimeOrder(Attacker.View view) {
        List<Map.Entry<String, Long>> cells = new ArrayList<>(view.cells().entrySet());
        cells.sort(Map.Entry.comparingByKey(Comparator.comparing((String key) -> key.substring(key.lastIndexOf('|') + 1))));
        return cells;
    }

    /** For a snapshot cell ({@code measure|region|yyyy-MM-dd}), the same cell at the view's previous snapshot. */
    private static String previousSnapshot(String key, Attacker.View view) {
        String day = key.substring(key.lastIndexOf('|') + 1);
        if (day.length() != 10) {
            return null;
        }
        String prefix = key.substring(0, key.lastIndexOf('|') + 1);
        String previous = null;
        for (String other : view.cells().keySet()) {
            String otherDay = other.substring(other.lastIndexOf('|') + 1);
            if (other.startsWith(prefix) && otherDay.length() == 10 && otherDay.compareTo(day) < 0
                    && (previous == null || otherDay.compareTo(previous) > 0)) {
                previous = otherDay;
            }
        }
        return previous == null ? null : prefix + previous;
    }

    /** Ranges of every hidden small count over everything known; each disclosure reported once. */
    private Night attack(int night) {
        Map<Integer, Long> fixed = new HashMap<>();
        for (int v = 0; v < versions.size(); v++) {
            if (versions.get(v).published != null) {
                fixed.put(v, versions.get(v).published);
            }
        }
        List<Disclosure> disclosures = new ArrayList<>();
        List<Row> rows = presolve(fixed);
        fixed.forEach((v, value) -> {
            if (versions.get(v).hidden && versions.get(v).published == null) {
                report(night, v, value, value, disclosures);
            }
        });
        int attacked = 0;
        for (List<Integer> component : components(rows, fixed).values()) {
            List<Integer> small = component.stream().filter(v -> isSmall(versions.get(v).truth)).toList();
            if (small.isEmpty()) {
                continue;
            }
            Map<Integer, Integer> local = new HashMap<>();
            component.forEach(v -> local.put(v, local.size()));
            List<double[]> a = new ArrayList<>();
            List<Double> b = new ArrayList<>();
            for (Row row : rows) {
                if (local.containsKey(row.variables()[0])) {
                    double[] coefficients = new double[local.size()];
                    for (int i = 0; i < row.variables().length; i++) {
                        coefficients[local.get(row.variables()[i])] += row.signs()[i];
                    }
                    a.add(coefficients);
                    b.add(row.rhs());
                }
            }
            Simplex tables = Simplex.feasible(a.toArray(double[][]::new), b.stream().mapToDouble(Double::doubleValue).toArray(),
                    local.size());
            for (int v : small) {
                attacked++;
                double[] objective = new double[local.size()];
                objective[local.get(v)] = 1;
                long truth = versions.get(v).truth;
                linearPrograms++;
                double high = tables.maximise(objective);
                if (Double.isInfinite(high) || Math.floor(high + 1e-6) >= truth + PROMISED_WIDTH) {
                    continue;
                }
                linearPrograms++;
                double low = tables.minimise(objective);
                if (low > truth + 1e-6 || high < truth - 1e-6) {
                    throw new AssertionError(names.get(v) + " = " + truth + " outside the range found, [" + low + ", " + high + "]");
                }
                report(night, v, (long) Math.ceil(low - 1e-6), (long) Math.floor(high + 1e-6), disclosures);
            }
        }
        return new Night(attacked, disclosures, true);
    }

    private void report(int night, int v, long lowest, long highest, List<Disclosure> disclosures) {
        Version version = versions.get(v);
        if (isSmall(version.truth) && highest - lowest < PROMISED_WIDTH && disclosed.add(v)) {
            disclosures.add(new Disclosure(night, names.get(v), version.truth, lowest, highest));
        }
    }

    static boolean isSmall(long count) {
        return count >= 1 && count < PROMISED_WIDTH;
    }

    private record Row(int[] variables, double[] signs, double rhs) {}

    /**
     * The equations over the unknowns, with known numbers moved to the right; an equation left with
     * one unknown fixes it (and is used again until nothing more follows).
     */
    private List<Row> presolve(Map<Integer, Long> fixed) {
        boolean changed = true;
        List<Row> rows = new ArrayList<>();
        while (changed) {
            changed = false;
            rows.clear();
            for (int[] terms : equations) {
                Map<Integer, Double> unknown = new LinkedHashMap<>();
                double rhs = 0;
                for (int term : terms) {
                    int v = Math.abs(term) - 1;
                    double sign = Math.signum(term);
                    Long value = fixed.get(v);
                    if (value != null) {
                        rhs -= sign * value;
                    } else {
                        unknown.merge(v, sign, Double::sum);
                    }
                }
                unknown.values().removeIf(c -> c == 0);
                if (unknown.isEmpty()) {
                    if (Math.abs(rhs) > 1e-9) {
                        throw new AssertionError("published numbers do not add up: " + describe(terms));
                    }
                } else if (unknown.size() == 1) {
                    Map.Entry<Integer, Double> only = unknown.entrySet().iterator().next();
                    long value = Math.round(rhs / only.getValue());
                    if (value != versions.get(only.getKey()).truth) {
                        throw new AssertionError("derived " + names.get(only.getKey()) + " = " + value + ", true count "
                                + versions.get(only.getKey()).truth + ": " + describe(terms));
                    }
                    fixed.put(only.getKey(), value);
                    changed = true;
                } else {
                    int[] variables = unknown.keySet().stream().mapToInt(Integer::intValue).toArray();
                    double[] signs = unknown.values().stream().mapToDouble(Double::doubleValue).toArray();
                    rows.add(new Row(variables, signs, rhs));
                }
            }
        }
        return rows;
    }

    private String describe(int[] terms) {
        StringBuilder text = new StringBuilder();
        for (int term : terms) {
            text.append(term > 0 ? " +" : " -").append(names.get(Math.abs(term) - 1));
        }
        return text.toString();
    }

    /** Hidden unknowns grouped by the equations that link them; one linear program per group. */
    private Map<Integer, List<Integer>> components(List<Row> rows, Map<Integer, Long> fixed) {
        int[] parent = new int[versions.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (Row row : rows) {
            for (int v : row.variables()) {
                parent[find(parent, v)] = find(parent, row.variables()[0]);
            }
        }
        Map<Integer, List<Integer>> groups = new TreeMap<>();
        for (int v = 0; v < versions.size(); v++) {
            if (versions.get(v).hidden && !fixed.containsKey(v)) {
                groups.computeIfAbsent(find(parent, v), k -> new ArrayList<>()).add(v);
            }
        }
        return groups;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
