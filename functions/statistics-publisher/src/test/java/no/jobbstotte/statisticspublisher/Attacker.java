package no.jobbstotte.statisticspublisher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import no.jobbstotte.statisticspublisher.statistics.Publication;
import no.jobbstotte.statisticspublisher.statistics.Suppression;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.PivotSelectionRule;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.linear.UnboundedSolutionException;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;

/**
 * An intruder who has every published JSON-stat file (of one or two publications) and knows the
 * published rule. For every suppressed count it computes the range the published numbers allow:
 * a linear program over the suppressed cells with every additive relation a reader can see (region
 * hierarchy from the files' {@code child}, year = quarters, quarter = months, and the documented
 * measure breakdowns), every count at least 0, and between two
 * publications in which one placement changed, no cell moving by more than one.
 */
final class Attacker {

    /** Measure breakdowns a reader knows from the README: total, then its parts. */
    static final List<List<String>> PARTITIONS = List.of(
            List.of("ansatt", "ansatt_etter_utproving", "ansatt_uten_utproving"),
            List.of("avsluttet_uten_jobb", "avsluttet_etter_utproving", "avsluttet_for_utproving"));

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** What one publication shows: counts by {@code measure|region|period}; null where suppressed. */
    record View(Map<String, Long> cells, Map<String, String> regionParent) {
        boolean suppressed(String key) {
            return cells.containsKey(key) && cells.get(key) == null;
        }
    }

    record Equation(String total, List<String> parts) {}

    record Range(double low, double high) {
        /** The lowest whole number in the range (0 when the minimum was not needed). */
        long lowest() {
            return (long) Math.ceil(low - 1e-6);
        }

        long highest() {
            return Double.isInfinite(high) ? Long.MAX_VALUE : (long) Math.floor(high + 1e-6);
        }

        boolean pinned() {
            return lowest() == highest();
        }

        /** Pinned to a count of people; a group proved empty identifies nobody. */
        boolean pinnedToPeople() {
            return pinned() && lowest() >= 1;
        }

        /** Proved to be one of the suppressed small counts 1–4. */
        boolean provedSmall() {
            return lowest() >= 1 && highest() <= 4;
        }
    }

    private Attacker() {}

    /** Reads the JSON-stat files of a publication; the same cell in two tables must agree. */
    static View read(Publication publication) {
        Map<String, Long> cells = new LinkedHashMap<>();
        Map<String, String> parents = new HashMap<>();
        for (Publication.File file : publication.files()) {
            if (!file.name().endsWith(".json") || file.name().equals(Publication.MANIFEST)) {
                continue;
            }
            JsonNode dataset;
            try {
                dataset = MAPPER.readTree(file.bytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            List<String> regions = ids(dataset.at("/dimension/region/category/index"));
            List<String> periods = ids(dataset.at("/dimension/tid/category/index"));
            List<String> measures = ids(dataset.at("/dimension/statistikkvariabel/category/index"));
            dataset.at("/dimension/region/category/child").fields()
                    .forEachRemaining(e -> e.getValue().forEach(child -> parents.put(child.asText(), e.getKey())));
            JsonNode values = dataset.get("value");
            JsonNode status = dataset.get("status");
            for (int r = 0; r < regions.size(); r++) {
                for (int p = 0; p < periods.size(); p++) {
                    for (int m = 0; m < measures.size(); m++) {
                        String measure = measures.get(m);
                        if (measure.startsWith("andel_") || measure.startsWith("median_")) {
                            continue;
                        }
                        int index = (r * periods.size() + p) * measures.size() + m;
                        JsonNode value = values.get(index);
                        Long count = value.isNull() ? null : value.longValue();
                        if (count == null && !":".equals(status.path(Integer.toString(index)).asText())) {
                            throw new AssertionError("a count without value must be flagged ':' in " + file.name());
                        }
                        String key = measure + "|" + regions.get(r) + "|" + periods.get(p);
                        if (cells.containsKey(key) && !java.util.Objects.equals(cells.get(key), count)) {
                            throw new AssertionError("tables disagree on " + key);
                        }
                        cells.put(key, count);
                    }
                }
            }
        }
        return new View(cells, parents);
    }

    private static List<String> ids(JsonNode index) {
        String[] ids = new String[index.size()];
        index.fields().forEachRemaining(e -> ids[e.getValue().asInt()] = e.getKey());
        return List.of(ids);
    }

    /** Every additive relation between published cells that a reader can derive. */
    static List<Equation> equations(View view) {
        Map<String, List<String>> regionChildren = new HashMap<>();
        view.regionParent().forEach((child, parent) -> regionChildren.computeIfAbsent(parent, k -> new ArrayList<>()).add(child));
        regionChildren.values().forEach(list -> list.sort(null));
        Set<String> keys = view.cells().keySet();
        List<Equation> equations = new ArrayList<>();
        for (String key : keys) {
            String[] k = key.split("\\|");
            List<String> children = regionChildren.getOrDefault(k[1], List.of());
            List<String> regionParts = children.stream().map(c -> k[0] + "|" + c + "|" + k[2]).toList();
            if (!regionParts.isEmpty() && keys.containsAll(regionParts)) {
                equations.add(new Equation(key, regionParts));
            }
            List<String> periodParts = new ArrayList<>();
            for (String child : periodChildren(k[2])) {
                String part = k[0] + "|" + k[1] + "|" + child;
                if (keys.contains(part)) {
                    periodParts.add(part);
                }
            }
            if (!periodParts.isEmpty()) {
                equations.add(new Equation(key, periodParts));
            }
        }
        for (List<String> partition : PARTITIONS) {
            for (String key : keys) {
                String[] k = key.split("\\|");
                if (k[0].equals(partition.get(0))) {
                    List<String> parts = partition.subList(1, partition.size()).stream().map(m -> m + "|" + k[1] + "|" + k[2]).toList();
                    if (keys.containsAll(parts)) {
                        equations.add(new Equation(key, parts));
                    }
                }
            }
        }
        return equations;
    }

    /** Quarters of a year and months of a quarter (and months of a year, for good measure). */
    private static List<String> periodChildren(String period) {
        List<String> children = new ArrayList<>();
        if (period.matches("\\d{4}")) {
            for (int q = 1; q <= 4; q++) {
                children.add(period + "K" + q);
            }
        } else if (period.matches("\\d{4}K\\d")) {
            int q = period.charAt(5) - '0';
            for (int m = 3 * q - 2; m <= 3 * q; m++) {
                children.add(String.format("%sM%02d", period.substring(0, 4), m));
            }
        }
        return children;
    }

    /** Ranges of the suppressed cells of one publication (keys as in the view). */
    static Map<String, Range> attack(View view) {
        return solve(List.of(view));
    }

    /** Ranges of the suppressed cells of both publications; keys prefixed "1:" and "2:". */
    static Map<String, Range> attack(View first, View second) {
        return solve(List.of(first, second));
    }

    private static Map<String, Range> solve(List<View> views) {
        List<String> variables = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        for (int v = 0; v < views.size(); v++) {
            for (Map.Entry<String, Long> cell : views.get(v).cells().entrySet()) {
                if (cell.getValue() == null) {
                    String name = prefix(views, v) + cell.getKey();
                    index.put(name, variables.size());
                    variables.add(name);
                }
            }
        }
        // Constraints as sparse rows: coefficients by variable, relationship and right-hand side.
        List<Row> rows = new ArrayList<>();
        for (int v = 0; v < views.size(); v++) {
            View view = views.get(v);
            for (Equation equation : equations(view)) {
                Map<Integer, Double> coefficients = new HashMap<>();
                double rhs = 0;
                List<String> terms = new ArrayList<>(equation.parts());
                terms.add(0, equation.total());
                for (int t = 0; t < terms.size(); t++) {
                    double sign = t == 0 ? 1 : -1;
                    Long known = view.cells().get(terms.get(t));
                    if (known == null) {
                        coefficients.merge(index.get(prefix(views, v) + terms.get(t)), sign, Double::sum);
                    } else {
                        rhs -= sign * known;
                    }
                }
                if (coefficients.isEmpty()) {
                    if (Math.abs(rhs) > 1e-9) {
                        throw new AssertionError("published numbers do not add up: " + equation);
                    }
                } else {
                    rows.add(new Row(coefficients, Relationship.EQ, rhs));
                }
            }
        }
        if (views.size() == 2) {
            Set<String> keys = new LinkedHashSet<>(views.get(0).cells().keySet());
            keys.retainAll(views.get(1).cells().keySet());
            for (String key : keys) {
                Long a = views.get(0).cells().get(key);
                Long b = views.get(1).cells().get(key);
                if (a == null && b == null) {
                    Map<Integer, Double> diff = Map.of(index.get("1:" + key), 1.0, index.get("2:" + key), -1.0);
                    rows.add(new Row(diff, Relationship.LEQ, 1));
                    rows.add(new Row(diff, Relationship.GEQ, -1));
                } else if (a == null || b == null) {
                    int variable = index.get((a == null ? "1:" : "2:") + key);
                    long known = a == null ? b : a;
                    rows.add(new Row(Map.of(variable, 1.0), Relationship.LEQ, known + 1));
                    rows.add(new Row(Map.of(variable, 1.0), Relationship.GEQ, known - 1));
                }
            }
        }
        return ranges(variables, rows);
    }

    private static String prefix(List<View> views, int v) {
        return views.size() == 1 ? "" : (v + 1) + ":";
    }

    private record Row(Map<Integer, Double> coefficients, Relationship relationship, double rhs) {}

    private static Map<String, Range> ranges(List<String> variables, List<Row> rows) {
        int[] component = new int[variables.size()];
        for (int i = 0; i < component.length; i++) {
            component[i] = i;
        }
        for (Row row : rows) {
            Iterator<Integer> it = row.coefficients().keySet().iterator();
            int first = it.next();
            while (it.hasNext()) {
                union(component, first, it.next());
            }
        }
        Map<Integer, List<Integer>> members = new HashMap<>();
        for (int i = 0; i < variables.size(); i++) {
            members.computeIfAbsent(find(component, i), k -> new ArrayList<>()).add(i);
        }
        Map<Integer, List<Row>> rowsOf = new HashMap<>();
        for (Row row : rows) {
            rowsOf.computeIfAbsent(find(component, row.coefficients().keySet().iterator().next()), k -> new ArrayList<>()).add(row);
        }
        Map<String, Range> ranges = new LinkedHashMap<>();
        for (Map.Entry<Integer, List<Integer>> group : members.entrySet()) {
            List<Integer> vars = group.getValue();
            Map<Integer, Integer> local = new HashMap<>();
            for (int i = 0; i < vars.size(); i++) {
                local.put(vars.get(i), i);
            }
            List<LinearConstraint> constraints = new ArrayList<>();
            for (Row row : rowsOf.getOrDefault(group.getKey(), List.of())) {
                double[] coefficients = new double[vars.size()];
                row.coefficients().forEach((variable, c) -> coefficients[local.get(variable)] += c);
                constraints.add(new LinearConstraint(coefficients, row.relationship(), row.rhs()));
            }
            for (int i = 0; i < vars.size(); i++) {
                double[] objective = new double[vars.size()];
                objective[i] = 1;
                double high = optimum(objective, constraints, GoalType.MAXIMIZE);
                // Unbounded above already rules out both a pinned value and a proved small one.
                double low = Double.isInfinite(high) ? 0 : optimum(objective, constraints, GoalType.MINIMIZE);
                ranges.put(variables.get(vars.get(i)), new Range(low, high));
            }
        }
        return new java.util.TreeMap<>(ranges);
    }

    private static double optimum(double[] objective, List<LinearConstraint> constraints, GoalType goal) {
        try {
            PointValuePair solution = new SimplexSolver().optimize(new MaxIter(1_000_000),
                    new LinearObjectiveFunction(objective, 0), new LinearConstraintSet(constraints), goal,
                    new NonNegativeConstraint(true), PivotSelectionRule.BLAND);
            return solution.getValue();
        } catch (UnboundedSolutionException e) {
            return goal == GoalType.MAXIMIZE ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        }
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }

}
