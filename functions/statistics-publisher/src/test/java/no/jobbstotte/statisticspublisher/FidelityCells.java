package no.jobbstotte.statisticspublisher;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * What an intruder makes of the IPS fidelity table ({@code ips-kvalitet-fylke}): every count of
 * people it publishes (specialists, participants with a first employer contact in the quarter), and
 * the counts behind the share followed up (the hired ones on a caseload at the quarter's end,
 * followed up and not) as unknowns that add up ({@link #PARTITIONS}), worked out whenever the file
 * gives the hired ones. The mean number on a caseload and the figures are not counts; a figure
 * published over a hidden group is an error in itself (the figure of one to four people).
 */
final class FidelityCells {

    static final String DATASET = "ips-kvalitet-fylke.json";
    static final String SPECIALISTS = "ips_jobbspesialister";
    static final String HIRED = "ips_ansatte_deltakere";
    static final String FOLLOWED = "ips_fulgt_opp";
    static final String NOT_FOLLOWED = "ips_ikke_fulgt_opp";
    static final String FIRST_CONTACTS = "ips_deltakere_forste_kontakt";
    /** The sums a reader knows from the README: total, then its parts. */
    static final List<List<String>> PARTITIONS = List.of(List.of(HIRED, FOLLOWED, NOT_FOLLOWED));
    /** Each figure and the published count of people it rests on. */
    private static final Map<String, String> RESTS_ON = Map.of("ips_saksmengde", SPECIALISTS,
            "ips_arbeidsgiverkontakt", SPECIALISTS, "ips_rask_jobbsoking", FIRST_CONTACTS);

    private FidelityCells() {}

    /** Adds the fidelity table's cells ({@code measure|county|quarter}) to {@code cells}. */
    static void read(JsonNode dataset, List<String> regions, List<String> periods, List<String> measures,
            Map<String, Long> cells) {
        for (String region : regions) {
            for (String period : periods) {
                Map<String, JsonNode> values = new java.util.HashMap<>();
                for (String measure : measures) {
                    int index = (regions.indexOf(region) * periods.size() + periods.indexOf(period)) * measures.size()
                            + measures.indexOf(measure);
                    JsonNode value = dataset.get("value").get(index);
                    String status = dataset.get("status").path(Integer.toString(index)).asText();
                    if (value.isNull() && !":".equals(status) && !".".equals(status)) {
                        throw new AssertionError("a fidelity cell without value or status in " + DATASET);
                    }
                    values.put(measure, value);
                }
                String cell = "|" + region + "|" + period;
                for (String count : List.of(SPECIALISTS, FIRST_CONTACTS)) {
                    cells.put(count + cell, values.get(count).isNull() ? null : values.get(count).longValue());
                }
                RESTS_ON.forEach((figure, basis) -> {
                    if (!values.get(figure).isNull() && values.get(basis).isNull()) {
                        throw new AssertionError(figure + cell + " is published over a hidden group");
                    }
                });
                JsonNode hired = values.get(HIRED);
                JsonNode share = values.get("ips_oppfolging");
                cells.put(HIRED + cell, hired == null || hired.isNull() ? null : hired.longValue());
                if (share.isNull() || cells.get(HIRED + cell) == null) {
                    cells.put(FOLLOWED + cell, null);
                    cells.put(NOT_FOLLOWED + cell, null);
                } else {
                    long followed = share.decimalValue().multiply(BigDecimal.valueOf(cells.get(HIRED + cell)))
                            .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).longValue();
                    cells.put(FOLLOWED + cell, followed);
                    cells.put(NOT_FOLLOWED + cell, cells.get(HIRED + cell) - followed);
                }
            }
        }
    }
}
