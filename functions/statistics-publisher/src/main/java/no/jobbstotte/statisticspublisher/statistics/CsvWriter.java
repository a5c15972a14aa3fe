package no.jobbstotte.statisticspublisher.statistics;

import java.nio.charset.StandardCharsets;

/**
 * Writes a {@link StatTable} as CSV (RFC 4180, UTF-8, CRLF, header line): one row per cell in
 * JSON-stat order, codes and Norwegian labels side by side, the value empty where the status
 * column holds a symbol.
 */
public final class CsvWriter {

    public static final String HEADER =
            "region,regionnavn,tid,tidnavn,statistikkvariabel,statistikkvariabelnavn,verdi,status";

    private CsvWriter() {}

    public static byte[] write(StatTable table) {
        StringBuilder csv = new StringBuilder(64 * table.cells().size() + 128);
        csv.append(HEADER).append("\r\n");
        for (int r = 0; r < table.regions().size(); r++) {
            Region region = table.regions().get(r);
            for (int p = 0; p < table.periods().size(); p++) {
                Period period = table.periods().get(p);
                for (int m = 0; m < table.measures().size(); m++) {
                    Measure measure = table.measures().get(m);
                    StatTable.Cell cell = table.cell(r, p, m);
                    field(csv, region.code()).append(',');
                    field(csv, region.label()).append(',');
                    field(csv, period.id()).append(',');
                    field(csv, period.label()).append(',');
                    field(csv, measure.id()).append(',');
                    field(csv, measure.label()).append(',');
                    csv.append(cell.value() == null ? "" : cell.value().toPlainString()).append(',');
                    field(csv, cell.status() == null ? "" : cell.status()).append("\r\n");
                }
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static StringBuilder field(StringBuilder csv, String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return csv.append(value);
        }
        return csv.append('"').append(value.replace("\"", "\"\"")).append('"');
    }
}
