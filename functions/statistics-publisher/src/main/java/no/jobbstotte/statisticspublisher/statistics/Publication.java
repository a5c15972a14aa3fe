package no.jobbstotte.statisticspublisher.statistics;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import no.jobbstotte.shared.json.Json;

/**
 * Everything one night publishes: each table as JSON-stat and CSV, then {@code manifest.json}
 * listing them with sizes and SHA-256 checksums, paths relative to the manifest. The dated
 * manifest sits beside its files ({@code stats/v1/<date>/}); {@link #latestManifest()} is the same
 * list with paths into that dated folder ({@code ../<date>/...}), so {@code stats/v1/latest/} is one
 * object that switches to a complete publication at once, never a mix of two nights.
 */
public record Publication(LocalDate date, List<File> files, File latestManifest) {

    public static final String MANIFEST = "manifest.json";
    public static final String JSON_STAT_TYPE = "application/json; charset=utf-8";
    public static final String CSV_TYPE = "text/csv; charset=utf-8; header=present";

    /** One object to store, with its SHA-256 checksum (hex), computed once: both manifests and the store use it. */
    public record File(String name, String contentType, byte[] bytes, String sha256) {
        public File(String name, String contentType, byte[] bytes) {
            this(name, contentType, bytes, sha256(bytes));
        }

        private static String sha256(byte[] bytes) {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    public Publication {
        files = List.copyOf(files);
    }

    /** {@code files} in the order they must be written: data first, the dated manifest last. */
    public static Publication of(LocalDate date, List<StatTable> tables) {
        List<File> files = new ArrayList<>();
        for (StatTable table : tables) {
            files.add(new File(table.id() + ".json", JSON_STAT_TYPE, JsonStatWriter.write(table)));
            files.add(new File(table.id() + ".csv", CSV_TYPE, CsvWriter.write(table)));
        }
        List<File> data = List.copyOf(files);
        files.add(manifest(date, tables, data, ""));
        return new Publication(date, files, manifest(date, tables, data, "../" + date + "/"));
    }

    /** {@code data} holds each table's JSON-stat and CSV file, in table order. */
    private static File manifest(LocalDate date, List<StatTable> tables, List<File> data, String pathPrefix) {
        byte[] manifest = Json.bytes(json -> {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("version", "v1");
            json.writeStringField("published", date.toString());
            json.writeStringField("source", StatTable.SOURCE);
            json.writeStringField("note", Disclosure.NOTE);
            json.writeArrayFieldStart("datasets");
            for (int i = 0; i < tables.size(); i++) {
                json.writeStartObject();
                json.writeStringField("id", tables.get(i).id());
                json.writeStringField("label", tables.get(i).label());
                json.writeArrayFieldStart("files");
                writeFile(json, "json-stat", data.get(2 * i), pathPrefix);
                writeFile(json, "csv", data.get(2 * i + 1), pathPrefix);
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        });
        return new File(MANIFEST, JSON_STAT_TYPE, manifest);
    }

    /**
     * Each file a stored manifest lists, by its path as listed, with its SHA-256 checksum; empty for
     * bytes that are not a manifest in this format (nothing is then taken as stored already).
     */
    public static Map<String, String> listedChecksums(byte[] manifest) {
        JsonNode root;
        try {
            root = Json.parse(manifest);
        } catch (JsonProcessingException e) {
            return Map.of();
        }
        Map<String, String> listed = new HashMap<>();
        for (JsonNode dataset : root.path("datasets")) {
            for (JsonNode file : dataset.path("files")) {
                if (file.path("path").isTextual() && file.path("sha256").isTextual()) {
                    listed.put(file.path("path").asText(), file.path("sha256").asText());
                }
            }
        }
        return listed;
    }

    private static void writeFile(JsonGenerator json, String format, File file, String pathPrefix) throws IOException {
        json.writeStartObject();
        json.writeStringField("format", format);
        json.writeStringField("path", pathPrefix + file.name());
        json.writeStringField("contentType", file.contentType());
        json.writeNumberField("bytes", file.bytes().length);
        json.writeStringField("sha256", file.sha256());
        json.writeEndObject();
    }
}
