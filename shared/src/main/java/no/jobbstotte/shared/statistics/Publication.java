package no.jobbstotte.shared.statistics;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Everything one night publishes: each table as JSON-stat and CSV, then {@code manifest.json}
 * listing them with sizes and SHA-256 checksums. File names are relative to the manifest, so the
 * same files work under {@code stats/v1/<date>/} and {@code stats/v1/latest/}.
 */
public record Publication(LocalDate date, List<File> files) {

    public static final String MANIFEST = "manifest.json";
    public static final String JSON_STAT_TYPE = "application/json; charset=utf-8";
    public static final String CSV_TYPE = "text/csv; charset=utf-8; header=present";

    /** One object to store. */
    public record File(String name, String contentType, byte[] bytes) {
        public String sha256() {
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

    /** The files in the order they must be written: data first, the manifest last. */
    public static Publication of(LocalDate date, List<StatTable> tables) {
        List<File> files = new ArrayList<>();
        ByteArrayOutputStream manifest = new ByteArrayOutputStream();
        try (JsonGenerator json = new JsonFactory().createGenerator(manifest)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("version", "v1");
            json.writeStringField("published", date.toString());
            json.writeStringField("source", StatTable.SOURCE);
            json.writeStringField("note", Disclosure.NOTE);
            json.writeArrayFieldStart("datasets");
            for (StatTable table : tables) {
                File jsonStat = new File(table.id() + ".json", JSON_STAT_TYPE, JsonStatWriter.write(table));
                File csv = new File(table.id() + ".csv", CSV_TYPE, CsvWriter.write(table));
                files.add(jsonStat);
                files.add(csv);
                json.writeStartObject();
                json.writeStringField("id", table.id());
                json.writeStringField("label", table.label());
                json.writeArrayFieldStart("files");
                writeFile(json, "json-stat", jsonStat);
                writeFile(json, "csv", csv);
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.add(new File(MANIFEST, JSON_STAT_TYPE, manifest.toByteArray()));
        return new Publication(date, files);
    }

    private static void writeFile(JsonGenerator json, String format, File file) throws IOException {
        json.writeStartObject();
        json.writeStringField("format", format);
        json.writeStringField("path", file.name());
        json.writeStringField("contentType", file.contentType());
        json.writeNumberField("bytes", file.bytes().length);
        json.writeStringField("sha256", file.sha256());
        json.writeEndObject();
    }
}
