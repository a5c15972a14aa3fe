package no.jobbstotte.statisticspublisher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import no.jobbstotte.statisticspublisher.statistics.Publication;

/**
 * What an intruder reads from a publication: every count in the JSON-stat files (null where
 * hidden), and every additive relation a reader can see in them: the region hierarchy from the
 * files' {@code child}, year = quarters, quarter = months, and the measure breakdowns the README
 * documents; from the IPS fidelity table, the counts it publishes and gives away
 * ({@link FidelityCells}). {@link Intruder} attacks with them.
 */
final class Attacker {

    /** Measure breakdowns a reader knows from the README: total, then its parts. */
    static final List<List<String>> PARTITIONS = Stream.concat(Stream.of(
            List.of("ansatt", "ansatt_etter_utproving", "ansatt_uten_utproving"),
            List.of("avsluttet_uten_jobb", "avsluttet_etter_utproving", "avsluttet_for_utproving")),
            FidelityCells.PARTITIONS.stream()).toList();

    /** The one measure that counts contracts, not people: published as counted (README). */
    static final String AGREEMENTS = "aktive_avtaler|";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** What one publication shows: counts by {@code measure|region|period}; null where suppressed. */
    record View(Map<String, Long> cells, Map<String, String> regionParent) {
        boolean suppressed(String key) {
            return cells.containsKey(key) && cells.get(key) == null;
        }
    }

    record Equation(String total, List<String> parts) {}

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
            if (file.name().equals(FidelityCells.DATASET)) {
                FidelityCells.read(dataset, regions, periods, measures, cells);
                continue;
            }
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
}
