package no.jobbstotte.statisticspublisher.statistics;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.jobbstotte.shared.json.Json;

/**
 * Writes a {@link StatTable} as a JSON-stat 2.0 dataset (https://json-stat.org/full/): Norwegian
 * labels, roles for time, geo and metric, a sparse {@code status} object for cells without a
 * value, and the region hierarchy as {@code child}. Field order is fixed, so equal tables give
 * equal bytes.
 */
public final class JsonStatWriter {

    public static final String REGION = "region";
    public static final String TIME = "tid";
    public static final String MEASURE = "statistikkvariabel";

    private JsonStatWriter() {}

    public static byte[] write(StatTable table) {
        return Json.bytes(json -> {
            json.writeStartObject();
            json.writeStringField("version", "2.0");
            json.writeStringField("class", "dataset");
            json.writeStringField("label", table.label());
            json.writeStringField("source", StatTable.SOURCE);
            json.writeStringField("updated", table.updated().toString());
            json.writeArrayFieldStart("id");
            json.writeString(REGION);
            json.writeString(TIME);
            json.writeString(MEASURE);
            json.writeEndArray();
            json.writeArrayFieldStart("size");
            json.writeNumber(table.regions().size());
            json.writeNumber(table.periods().size());
            json.writeNumber(table.measures().size());
            json.writeEndArray();
            json.writeObjectFieldStart("role");
            json.writeArrayFieldStart("time");
            json.writeString(TIME);
            json.writeEndArray();
            json.writeArrayFieldStart("geo");
            json.writeString(REGION);
            json.writeEndArray();
            json.writeArrayFieldStart("metric");
            json.writeString(MEASURE);
            json.writeEndArray();
            json.writeEndObject();

            json.writeObjectFieldStart("dimension");
            writeRegions(json, table.regions());
            Map<String, String> periods = new LinkedHashMap<>();
            table.periods().forEach(p -> periods.put(p.id(), p.label()));
            writeDimension(json, TIME, "Periode", periods);
            json.writeObjectFieldStart(MEASURE);
            json.writeStringField("label", "Statistikkvariabel");
            json.writeObjectFieldStart("category");
            writeIndex(json, table.measures().stream().map(Measure::id).toList());
            json.writeObjectFieldStart("label");
            for (Measure m : table.measures()) {
                json.writeStringField(m.id(), m.label());
            }
            json.writeEndObject();
            json.writeObjectFieldStart("unit");
            for (Measure m : table.measures()) {
                json.writeObjectFieldStart(m.id());
                json.writeStringField("label", m.unit());
                json.writeNumberField("decimals", m.decimals());
                json.writeEndObject();
            }
            json.writeEndObject();
            json.writeEndObject();
            json.writeEndObject();
            json.writeEndObject();

            json.writeArrayFieldStart("value");
            for (StatTable.Cell cell : table.cells()) {
                if (cell.value() == null) {
                    json.writeNull();
                } else {
                    json.writeNumber(cell.value());
                }
            }
            json.writeEndArray();
            json.writeObjectFieldStart("status");
            for (int i = 0; i < table.cells().size(); i++) {
                String status = table.cells().get(i).status();
                if (status != null) {
                    json.writeStringField(Integer.toString(i), status);
                }
            }
            json.writeEndObject();
            json.writeArrayFieldStart("note");
            json.writeString(Disclosure.NOTE);
            json.writeEndArray();
            json.writeObjectFieldStart("extension");
            json.writeObjectFieldStart("status");
            json.writeStringField(StatTable.SUPPRESSED, Disclosure.SUPPRESSED_LABEL);
            json.writeStringField(StatTable.NOT_APPLICABLE, Disclosure.NOT_APPLICABLE_LABEL);
            json.writeEndObject();
            json.writeEndObject();
            json.writeEndObject();
        });
    }

    private static void writeRegions(JsonGenerator json, List<Region> regions) throws IOException {
        Map<String, String> labels = new LinkedHashMap<>();
        regions.forEach(r -> labels.put(r.code(), r.label()));
        json.writeObjectFieldStart(REGION);
        json.writeStringField("label", "Region");
        json.writeObjectFieldStart("category");
        writeIndex(json, new ArrayList<>(labels.keySet()));
        writeLabels(json, labels);
        // The hierarchy among the regions that are in this table.
        Map<String, List<String>> children = new LinkedHashMap<>();
        for (Region region : regions) {
            children.put(region.code(), new ArrayList<>());
        }
        Region country = regions.stream().filter(r -> r.level() == Region.Level.COUNTRY).findFirst().orElse(null);
        for (Region region : regions) {
            String parent = parentCode(region, regions, country);
            if (parent != null && children.containsKey(parent)) {
                children.get(parent).add(region.code());
            }
        }
        json.writeObjectFieldStart("child");
        for (Map.Entry<String, List<String>> entry : children.entrySet()) {
            if (!entry.getValue().isEmpty()) {
                json.writeArrayFieldStart(entry.getKey());
                for (String child : entry.getValue()) {
                    json.writeString(child);
                }
                json.writeEndArray();
            }
        }
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndObject();
    }

    private static String parentCode(Region region, List<Region> regions, Region country) {
        return switch (region.level()) {
            case COUNTRY -> null;
            case COUNTY -> country == null ? null : country.code();
            case MUNICIPALITY -> regions.stream()
                    .filter(r -> r.level() == Region.Level.COUNTY && region.code().startsWith(r.code()))
                    .map(Region::code).findFirst()
                    .orElse(Geography.UNKNOWN_MUNICIPALITY.equals(region.code()) ? Geography.UNKNOWN_COUNTY : null);
        };
    }

    private static void writeDimension(JsonGenerator json, String id, String label, Map<String, String> labels)
            throws IOException {
        json.writeObjectFieldStart(id);
        json.writeStringField("label", label);
        json.writeObjectFieldStart("category");
        writeIndex(json, new ArrayList<>(labels.keySet()));
        writeLabels(json, labels);
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeIndex(JsonGenerator json, List<String> ids) throws IOException {
        json.writeObjectFieldStart("index");
        for (int i = 0; i < ids.size(); i++) {
            json.writeNumberField(ids.get(i), i);
        }
        json.writeEndObject();
    }

    private static void writeLabels(JsonGenerator json, Map<String, String> labels) throws IOException {
        json.writeObjectFieldStart("label");
        for (Map.Entry<String, String> entry : labels.entrySet()) {
            json.writeStringField(entry.getKey(), entry.getValue());
        }
        json.writeEndObject();
    }
}
