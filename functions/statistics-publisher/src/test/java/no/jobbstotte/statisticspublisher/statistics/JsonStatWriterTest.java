package no.jobbstotte.statisticspublisher.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import no.jobbstotte.shared.agreement.Agreement;
import no.jobbstotte.shared.domain.Municipalities;
import no.jobbstotte.shared.table.agreements.AgreementTerm;
import no.jobbstotte.shared.table.placements.PlacementMilestones;
import org.junit.jupiter.api.Test;

class JsonStatWriterTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final LocalDate DATE = LocalDate.of(2026, 11, 25);

    private static final Geography NORWAY = Geography.of(Municipalities.bundled());

    /** Every table of the first publication of a small sample: 2025 and January–October 2026 locked. */
    private static List<StatTable> sample() {
        StatisticsAccumulator accumulator = new StatisticsAccumulator(NORWAY, DATE);
        for (int i = 0; i < 40; i++) {
            accumulator.addPlacement(new PlacementMilestones(i % 4 == 0 ? "1103" : "0301", LocalDate.of(2025, 1 + i % 12, 3),
                    i % 3 == 0 ? LocalDate.of(2025, 1 + i % 12, 20) : null,
                    i % 6 == 0 ? LocalDate.of(2025, 1 + i % 12, 28) : null, i % 5 == 0 ? LocalDate.of(2026, 2, 1) : null));
        }
        accumulator.addVolunteers("0301", YearMonth.of(2026, 10), 12);
        accumulator.addAgreement(new AgreementTerm("0301", Agreement.Status.ACTIVE, LocalDate.of(2026, 1, 1), null));
        return Tables.of(NORWAY, Locking.lockDue(Ledger.empty(), accumulator, NORWAY, DATE), DATE);
    }

    @Test
    void write_everyPublishedTable_validatesAsJsonStat2() throws Exception {
        for (StatTable table : sample()) {
            JsonNode json = MAPPER.readTree(JsonStatWriter.write(table));
            assertThat(JsonStatValidator.validate(json)).as(table.id()).isEmpty();
            assertThat(json.at("/role/time/0").asText()).isEqualTo("tid");
            assertThat(json.at("/role/geo/0").asText()).isEqualTo("region");
            assertThat(json.get("updated").asText()).isEqualTo("2026-11-25");
            if (!table.id().equals("utproving-fylke")) {
                assertThat(json.at("/dimension/region/category/label/0").asText()).isEqualTo("Hele landet");
            }
        }
    }

    @Test
    void write_beforeAnyYearIsOver_onlyTheTablesByMonthArePublished() throws Exception {
        LocalDate march = LocalDate.of(2026, 3, 20);
        StatisticsAccumulator accumulator = new StatisticsAccumulator(NORWAY, march);
        accumulator.addPlacement(new PlacementMilestones("0301", LocalDate.of(2026, 1, 10), null, null, null));
        List<StatTable> tables = Tables.of(NORWAY, Locking.lockDue(Ledger.empty(), accumulator, NORWAY, march), march);
        for (StatTable table : tables) {
            JsonNode json = MAPPER.readTree(JsonStatWriter.write(table));
            assertThat(JsonStatValidator.validate(json)).as(table.id()).isEmpty();
        }
        assertThat(tables).extracting(StatTable::id).containsExactly("plasseringer-landet", "frivillige-landet", "avtaler");
        assertThat(tables.get(0).periods()).containsExactly(Period.month(2026, 1), Period.month(2026, 2));
    }

    @Test
    void write_suppressedCells_areNullWithStatusColonAndExplained() throws Exception {
        StatTable table = sample().get(2);
        JsonNode json = MAPPER.readTree(JsonStatWriter.write(table));
        assertThat(json.get("status").size()).isPositive();
        json.get("status").fields().forEachRemaining(e -> {
            assertThat(json.get("value").get(Integer.parseInt(e.getKey())).isNull()).isTrue();
            assertThat(e.getValue().asText()).isIn(":", ".");
        });
        assertThat(json.at("/extension/status/:").asText()).startsWith("Prikket");
    }

    @Test
    void validate_brokenDatasets_areReported() throws Exception {
        ObjectNode json = (ObjectNode) MAPPER.readTree(JsonStatWriter.write(sample().get(7)));
        ObjectNode wrongVersion = json.deepCopy().put("version", "1.0");
        assertThat(JsonStatValidator.validate(wrongVersion)).contains("version must be \"2.0\"");
        ObjectNode shortValue = json.deepCopy();
        shortValue.withArray("value").remove(0);
        assertThat(JsonStatValidator.validate(shortValue)).anyMatch(e -> e.startsWith("value has"));
        ObjectNode wrongSize = json.deepCopy();
        wrongSize.withArray("size").set(0, MAPPER.getNodeFactory().numberNode(3));
        assertThat(JsonStatValidator.validate(wrongSize)).anyMatch(e -> e.contains("categories but size"));
        ObjectNode badStatus = json.deepCopy();
        badStatus.with("status").put("999999", ":");
        assertThat(JsonStatValidator.validate(badStatus)).anyMatch(e -> e.startsWith("status index"));
    }

    @Test
    void publication_sameInputTwice_isByteIdentical() {
        Publication first = Publication.of(DATE, sample());
        Publication second = Publication.of(DATE, sample());
        assertThat(first.files()).hasSize(17);
        for (int i = 0; i < first.files().size(); i++) {
            assertThat(second.files().get(i).bytes()).isEqualTo(first.files().get(i).bytes());
        }
        assertThat(first.files().get(first.files().size() - 1).name()).isEqualTo("manifest.json");
    }

    @Test
    void listedChecksums_ofLatestsManifest_nameEveryDataFileByItsDatedPath_andAnythingElseListsNothing() {
        Publication publication = Publication.of(DATE, sample());
        Map<String, String> listed = Publication.listedChecksums(publication.latestManifest().bytes());
        List<Publication.File> data = publication.files().subList(0, publication.files().size() - 1);
        assertThat(listed).hasSize(data.size());
        data.forEach(file -> assertThat(listed).containsEntry("../2026-11-25/" + file.name(), file.sha256()));
        assertThat(Publication.listedChecksums("{\"version\":\"v0\",\"files\":[\"avtaler.json\"]}"
                .getBytes(StandardCharsets.UTF_8))).as("a manifest in another format").isEmpty();
        assertThat(Publication.listedChecksums("<html>".getBytes(StandardCharsets.UTF_8))).as("not JSON").isEmpty();
    }

    @Test
    void csv_suppressedCells_haveEmptyValueAndTheSameFlag() {
        StatTable table = sample().get(2);
        String csv = new String(CsvWriter.write(table), StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo(CsvWriter.HEADER);
        assertThat(lines).hasSize(table.cells().size() + 1);
        assertThat(lines).contains("1103,Stavanger,2025,2025,henviste,Henviste deltakere,10,");
        assertThat(lines).anyMatch(l -> l.endsWith(",,:"));
    }
}
