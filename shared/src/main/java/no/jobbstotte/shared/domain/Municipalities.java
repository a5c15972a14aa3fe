package no.jobbstotte.shared.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The municipality and county structure (SSB Klass 131 and 104) bundled in {@code
 * reference-data/}; see {@code SOURCES.md} next to the source files for validity and licence.
 * Numbers are text with leading zeros: {@code "301"} is not {@code "0301"}.
 */
public final class Municipalities {

    private final Map<String, Municipality> byNumber;
    private final List<County> counties;
    private final Map<String, List<Municipality>> byCounty;

    private Municipalities(List<County> counties, List<Municipality> municipalities) {
        this.counties = List.copyOf(counties);
        Map<String, Municipality> numbers = new LinkedHashMap<>();
        Map<String, List<Municipality>> grouped = new LinkedHashMap<>();
        counties.forEach(county -> grouped.put(county.number(), new ArrayList<>()));
        for (Municipality municipality : municipalities) {
            if (numbers.put(municipality.number(), municipality) != null) {
                throw new IllegalStateException("Duplicate municipality " + municipality.number());
            }
            grouped.get(municipality.county().number()).add(municipality);
        }
        this.byNumber = Map.copyOf(numbers);
        Map<String, List<Municipality>> frozen = new LinkedHashMap<>();
        grouped.forEach((county, list) -> frozen.put(county, List.copyOf(list)));
        this.byCounty = Map.copyOf(frozen);
    }

    /** The bundled data, parsed on first use; a function that never asks pays nothing at cold start. */
    public static Municipalities bundled() {
        return Bundled.INSTANCE;
    }

    private static final class Bundled {
        static final Municipalities INSTANCE = load(
                resource("/reference-data/fylker.csv"), resource("/reference-data/kommuner.csv"));
    }

    /** Reads the two CSV files in the bundled format; fails loudly on anything inconsistent. */
    static Municipalities load(InputStream countiesCsv, InputStream municipalitiesCsv) {
        Map<String, County> counties = new LinkedHashMap<>();
        for (String[] row : rows(countiesCsv, "fylkesnummer,fylkesnavn", 2)) {
            requireDigits(row[0], 2);
            counties.put(row[0], new County(row[0], row[1]));
        }
        List<Municipality> municipalities = new ArrayList<>();
        for (String[] row : rows(municipalitiesCsv, "kommunenummer,kommunenavn,fylkesnummer,fylkesnavn", 4)) {
            requireDigits(row[0], 4);
            County county = counties.get(row[2]);
            if (county == null || !row[0].startsWith(row[2]) || !county.name().equals(row[3])) {
                throw new IllegalStateException("Municipality " + row[0] + " has an inconsistent county");
            }
            municipalities.add(new Municipality(row[0], row[1], county));
        }
        return new Municipalities(List.copyOf(counties.values()), municipalities);
    }

    public Optional<Municipality> find(String number) {
        return Optional.ofNullable(number == null ? null : byNumber.get(number));
    }

    public boolean exists(String number) {
        return find(number).isPresent();
    }

    /** All counties, sorted by number. */
    public List<County> counties() {
        return counties;
    }

    /** The municipalities of one county, sorted by number; empty for an unknown county. */
    public List<Municipality> inCounty(String countyNumber) {
        return countyNumber == null ? List.of() : byCounty.getOrDefault(countyNumber, List.of());
    }

    /** How many municipalities there are. */
    public int size() {
        return byNumber.size();
    }

    private static InputStream resource(String path) {
        InputStream in = Municipalities.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("Missing bundled resource " + path);
        }
        return in;
    }

    private static List<String[]> rows(InputStream csv, String header, int columns) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            if (!header.equals(reader.readLine())) {
                throw new IllegalStateException("Expected CSV header " + header);
            }
            List<String[]> rows = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isEmpty()) {
                    continue;
                }
                // SOURCES.md guarantees no field contains a comma, so no quoting to handle.
                String[] row = line.split(",", -1);
                if (row.length != columns) {
                    throw new IllegalStateException("Expected " + columns + " columns: " + line);
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void requireDigits(String value, int length) {
        if (value.length() != length || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalStateException("Expected " + length + " digits: " + value);
        }
    }
}
