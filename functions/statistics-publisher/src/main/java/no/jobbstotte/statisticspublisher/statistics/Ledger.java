package no.jobbstotte.statisticspublisher.statistics;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import no.jobbstotte.shared.json.Json;

/**
 * The publisher's memory: every locked month, oldest first, with its counts and its hidden cells.
 * It holds the true counts behind hidden cells, so it is kept privately (never under the public
 * prefix); every publication is built from it alone.
 */
public record Ledger(List<LockedMonth> months) {

    static final int VERSION = 1;

    public Ledger {
        months = List.copyOf(months);
        for (int i = 1; i < months.size(); i++) {
            if (!months.get(i).month().equals(months.get(i - 1).month().plusMonths(1))) {
                throw new IllegalArgumentException("Locked months must follow each other: " + months.get(i).month());
            }
        }
    }

    public static Ledger empty() {
        return new Ledger(List.of());
    }

    public Optional<YearMonth> lastMonth() {
        return months.isEmpty() ? Optional.empty() : Optional.of(months.get(months.size() - 1).month());
    }

    Ledger with(LockedMonth month) {
        List<LockedMonth> more = new ArrayList<>(months);
        more.add(month);
        return new Ledger(more);
    }

    /** The locked months of one year. */
    Ledger year(int year) {
        return new Ledger(months.stream().filter(m -> m.month().getYear() == year).toList());
    }

    /** The months locked on or before {@code date}: what a publication for that date shows. */
    public Ledger upTo(LocalDate date) {
        return new Ledger(months.stream().filter(m -> !m.lockedOn().isAfter(date)).toList());
    }

    public byte[] toJson() {
        return Json.bytes(json -> {
            json.writeStartObject();
            json.writeNumberField("version", VERSION);
            json.writeArrayFieldStart("months");
            for (LockedMonth month : months) {
                json.writeStartObject();
                json.writeStringField("month", month.month().toString());
                json.writeStringField("lockedOn", month.lockedOn().toString());
                json.writeObjectFieldStart("placements");
                for (Map.Entry<String, long[]> e : month.placements().entrySet()) {
                    json.writeArrayFieldStart(e.getKey());
                    for (long count : e.getValue()) {
                        json.writeNumber(count);
                    }
                    json.writeEndArray();
                }
                json.writeEndObject();
                json.writeObjectFieldStart("daysToJob");
                for (Map.Entry<String, SortedMap<Integer, Integer>> e : month.daysToJob().entrySet()) {
                    json.writeObjectFieldStart(e.getKey());
                    for (Map.Entry<Integer, Integer> days : e.getValue().entrySet()) {
                        json.writeNumberField(days.getKey().toString(), days.getValue());
                    }
                    json.writeEndObject();
                }
                json.writeEndObject();
                writeCounts(json, "volunteers", month.volunteers());
                writeCounts(json, "agreements", month.agreements());
                json.writeArrayFieldStart("hidden");
                for (String cell : month.hidden()) {
                    json.writeString(cell);
                }
                json.writeEndArray();
                if (month.fidelity().isPresent()) {
                    writeFidelity(json, month.fidelity().get());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    private static void writeFidelity(JsonGenerator json, Map<String, CountyFidelity> counties) throws IOException {
        json.writeObjectFieldStart("fidelity");
        for (Map.Entry<String, CountyFidelity> e : counties.entrySet()) {
            CountyFidelity c = e.getValue();
            json.writeArrayFieldStart(e.getKey());
            for (long count : new long[] {c.specialists(), c.activeDays(), c.hiredActive(), c.followedUp(), c.firstContacts(),
                c.firstContactDays(), c.employerContacts()}) {
                json.writeNumber(count);
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    /** A quarter's fidelity counts in the order {@link #writeFidelity} writes them; absent before they were published. */
    private static Optional<SortedMap<String, CountyFidelity>> fidelity(JsonNode node) {
        if (node.isMissingNode()) {
            return Optional.empty();
        }
        SortedMap<String, CountyFidelity> counties = new TreeMap<>();
        node.fields().forEachRemaining(e -> {
            JsonNode c = e.getValue();
            counties.put(e.getKey(), new CountyFidelity(c.get(0).asInt(), c.get(1).asLong(), c.get(2).asInt(),
                    c.get(3).asInt(), c.get(4).asInt(), c.get(5).asLong(), c.get(6).asInt()));
        });
        return Optional.of(counties);
    }

    private static void writeCounts(JsonGenerator json, String field, Map<String, Long> counts) throws IOException {
        json.writeObjectFieldStart(field);
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            json.writeNumberField(e.getKey(), e.getValue());
        }
        json.writeEndObject();
    }

    /** @throws IllegalArgumentException if the bytes are not a ledger this code wrote */
    public static Ledger parse(byte[] bytes) {
        JsonNode root;
        try {
            root = Json.parse(bytes);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The statistics ledger is not valid JSON", e);
        }
        if (root.path("version").asInt() != VERSION) {
            throw new IllegalArgumentException("Unknown statistics ledger version " + root.path("version"));
        }
        List<LockedMonth> months = new ArrayList<>();
        for (JsonNode month : root.path("months")) {
            SortedMap<String, long[]> placements = new TreeMap<>();
            month.path("placements").fields().forEachRemaining(e -> {
                long[] counts = new long[e.getValue().size()];
                for (int i = 0; i < counts.length; i++) {
                    counts[i] = e.getValue().get(i).asLong();
                }
                placements.put(e.getKey(), counts);
            });
            SortedMap<String, SortedMap<Integer, Integer>> daysToJob = new TreeMap<>();
            month.path("daysToJob").fields().forEachRemaining(e -> {
                SortedMap<Integer, Integer> histogram = new TreeMap<>();
                e.getValue().fields().forEachRemaining(d -> histogram.put(Integer.parseInt(d.getKey()), d.getValue().asInt()));
                daysToJob.put(e.getKey(), histogram);
            });
            TreeSet<String> hidden = new TreeSet<>();
            month.path("hidden").forEach(cell -> hidden.add(cell.asText()));
            months.add(new LockedMonth(YearMonth.parse(month.path("month").asText()),
                    LocalDate.parse(month.path("lockedOn").asText()), placements, daysToJob,
                    counts(month.path("volunteers")), counts(month.path("agreements")), hidden, fidelity(month.path("fidelity"))));
        }
        return new Ledger(months);
    }

    private static SortedMap<String, Long> counts(JsonNode node) {
        SortedMap<String, Long> counts = new TreeMap<>();
        node.fields().forEachRemaining(e -> counts.put(e.getKey(), e.getValue().asLong()));
        return counts;
    }
}
