package no.jobbstotte.statisticspublisher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.jobbstotte.localcloud.DashboardSite;
import no.jobbstotte.localcloud.testing.LocalCloudExtension;
import no.jobbstotte.localcloud.testing.browser.Axe;
import no.jobbstotte.localcloud.testing.browser.BrowserPage;
import no.jobbstotte.localcloud.testing.browser.ChromiumExtension;
import no.jobbstotte.localcloud.testing.browser.Keyboard;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The dashboard in headless Chromium against the local cloud: statistics published to its S3 by
 * the nightly run, the page served from {@code dashboard/} on the HTTP API's origin. Every number
 * a view shows must be the published file's; every view passes axe-core (WCAG 2.1 A and AA, colour
 * contrast computed) at 1280 and 390 px, fits 320 px, and is usable by keyboard alone. Skipped,
 * with the reason, where Chromium is not installed.
 */
class DashboardBrowserTest {

    @RegisterExtension
    static final LocalCloudExtension CLOUD = LocalCloudExtension.fromTemplate();

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** The datasets each subject's views read (the share hired after trial comes with the placements). */
    private static final Map<String, List<String>> SUBJECTS = Map.of(
            "plasseringer", List.of("plasseringer-landet", "plasseringer-fylke", "plasseringer-kommune", "utproving-fylke"),
            "avtaler", List.of("avtaler"),
            "frivillige", List.of("frivillige-landet", "frivillige-fylke", "frivillige-kommune"),
            "ips", List.of("ips-kvalitet-fylke"));
    /** Views: the country (by month, quarter, year), Oslo and Vestland counties, and Oslo, Bergen and Stavanger. */
    private static final List<String> VIEWS = List.of("omrade=0&inndeling=maned", "omrade=0&inndeling=kvartal",
            "omrade=0&inndeling=ar", "omrade=03", "omrade=46", "omrade=0301", "omrade=4601", "omrade=1103");
    /** IPS quality is published for counties only: the country's view lists them, a county's shows its quarters. */
    private static final List<String> IPS_VIEWS = List.of("omrade=0", "omrade=03", "omrade=46");
    private static final String READ_CELLS = """
            [...document.querySelectorAll('td[data-measure]')].map(td => ({ region: td.dataset.region,
              period: td.dataset.period, measure: td.dataset.measure, status: td.dataset.status, text: td.textContent }))""";

    /** Skips each test, with the reason, where Chromium is not installed. */
    @RegisterExtension
    static final ChromiumExtension BROWSER = new ChromiumExtension();

    @BeforeEach
    void setUp() {
        StatisticsPublisherIntegrationTest.seedTypicalNight(CLOUD.cloud());
    }

    @Test
    void everySubjectAndView_showsExactlyThePublishedNumbers_andLinksTheFilesShown() throws Exception {
        publish(StatisticsPublisherIntegrationTest.NIGHT);
        Map<String, JsonNode> published = new HashMap<>();
        SUBJECTS.values().forEach(ids -> ids.forEach(id -> published.put(id, dated(id + ".json"))));
        int checked = 0;
        for (String subject : SUBJECTS.keySet()) {
            for (String view : subject.equals("ips") ? IPS_VIEWS : VIEWS) {
                try (BrowserPage page = open(1280, "tema=" + subject + "&" + view)) {
                    JsonNode cells = page.evaluate(READ_CELLS);
                    assertThat(cells.size()).as(subject + " " + view + ": cells shown").isPositive();
                    for (JsonNode cell : cells) {
                        String where = subject + " " + view + ": " + cell;
                        String expected = expectedText(published, subject, cell.get("region").asText(),
                                cell.get("period").asText(), cell.get("measure").asText());
                        assertThat(cell.get("text").asText()).as(where).isEqualTo(expected);
                        checked++;
                    }
                    JsonNode links = page.evaluate("""
                            Promise.all([...document.querySelectorAll('.downloads a')]
                              .map(a => fetch(a.href).then(r => a.textContent + ' ' + r.status + ' ' + new URL(a.href).pathname)))""");
                    assertThat(links.size()).as(subject + " " + view + ": download links").isGreaterThanOrEqualTo(2);
                    links.forEach(link -> assertThat(link.asText()).as(subject + " " + view)
                            .matches("(CSV 200 .*\\.csv|JSON-stat 200 .*\\.json)").contains("/stats/v1/" + StatisticsPublisherIntegrationTest.DATE + "/"));
                    assertThat(page.problems()).as(subject + " " + view).isEmpty();
                }
            }
        }
        assertThat(checked).isGreaterThan(300);
        // The seeded night as the files and the page have it: Oslo's 30 referred, Stavanger's 3 hidden,
        // Oslo's 12 volunteers in October, 6 agreements at the end of 2026.
        assertThat(StatisticsPublisherIntegrationTest.cell(published.get("plasseringer-kommune"), "0301", "2026", "henviste")).isEqualTo("30");
        assertThat(StatisticsPublisherIntegrationTest.cell(published.get("plasseringer-kommune"), "1103", "2026", "henviste")).isEqualTo(":");
        try (BrowserPage page = open(1280, "tema=plasseringer&omrade=1103")) {
            assertThat(page.text("td[data-region='1103'][data-period='2026'][data-measure='henviste']")).startsWith("–");
            assertThat(page.evaluate("document.querySelector(\"td[data-region='1103'][data-period='2026'][data-measure='henviste'] a\")"
                    + ".getAttribute('href')").asText()).as("the explanation one click away").isEqualTo("#forklaring");
        }
        try (BrowserPage page = open(1280, "tema=frivillige&omrade=0&inndeling=maned")) {
            assertThat(page.text("td[data-region='0'][data-period='2026M10'][data-measure='frivillige']")).isEqualTo("12");
        }
        try (BrowserPage page = open(1280, "tema=avtaler&omrade=0301")) {
            assertThat(page.text("td[data-region='0301'][data-period='2026-12-31'][data-measure='aktive_avtaler']")).isEqualTo("6");
        }
        try (BrowserPage page = open(1280, "tema=ips&omrade=0301")) {
            assertThat(page.text("#utvikling")).contains("IPS-kvalitet publiseres per fylke, ikke per kommune.");
        }
    }

    @Test
    void municipalitySearch_showsTheCountyBeside_andTellsHeroyAndValerApart() {
        publish(StatisticsPublisherIntegrationTest.NIGHT);
        try (BrowserPage page = open(390, "")) {
            page.type("#omradesok", "herøy");
            assertThat(page.text("#omradesok-treff")).isEqualTo("2 områder passer.");
            assertThat(page.strings("[...document.getElementById('omrade').options].map(o => o.text)"))
                    .containsExactly("Herøy (Møre og Romsdal)", "Herøy (Nordland)");
            page.evaluate("document.getElementById('omradesok').value = ''");
            page.type("#omradesok", "våler");
            assertThat(page.strings("[...document.getElementById('omrade').options].map(o => o.text)"))
                    .containsExactly("Våler (Innlandet)", "Våler (Østfold)");
            page.evaluate("const s = document.getElementById('omrade'); s.value = '3114'; s.dispatchEvent(new Event('change'))");
            assertThat(page.text("#utvikling-heading")).isEqualTo("Utvikling: Våler kommune i Østfold");
            assertThat(page.evaluate("location.hash").asText()).contains("omrade=3114");
        }
    }

    @Test
    void everyView_fitsEveryWidthDownTo320px_chartTextAtLeast12px_labelsNeverCollide() {
        publish(StatisticsPublisherIntegrationTest.NIGHT);
        for (String subject : SUBJECTS.keySet()) {
            for (String view : List.of("omrade=0&inndeling=maned", "omrade=46", "omrade=4601")) {
                try (BrowserPage page = open(320, "tema=" + subject + "&" + view)) {
                    for (int width : List.of(320, 390, 1280)) {
                        page.viewport(width, 800);
                        String where = subject + " " + view + " at " + width + " px";
                        assertThat(page.evaluate("document.documentElement.scrollWidth").asInt()).as(where).isLessThanOrEqualTo(width);
                        assertThat(page.evaluate("""
                                [...document.querySelectorAll('.chart *, table *')]
                                  .filter(e => [...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim()))
                                  .filter(e => !e.closest('.visually-hidden') && e.getClientRects().length > 0)
                                  .map(e => parseFloat(getComputedStyle(e).fontSize)).reduce((a, b) => Math.min(a, b), 99)""").asDouble())
                                .as(where + ": smallest chart or table text").isGreaterThanOrEqualTo(12);
                        assertThat(page.evaluate("""
                                [...document.querySelectorAll('.bars')].flatMap(chart => {
                                  const boxes = [...chart.querySelectorAll('.bar-label, .bar-value')].map(e => e.getBoundingClientRect());
                                  return boxes.flatMap((a, i) => boxes.slice(i + 1).filter(b => a.left < b.right && b.left < a.right
                                    && a.top < b.bottom && b.top < a.bottom).map(() => i));
                                }).length""").asInt()).as(where + ": overlapping labels").isZero();
                    }
                }
            }
        }
    }

    @Test
    void everyState_passesAxeAt1280And390_colourContrastComputed() {
        publish(StatisticsPublisherIntegrationTest.NIGHT);
        for (String state : List.of("", "tema=plasseringer&omrade=0&inndeling=kvartal", "tema=avtaler", "tema=frivillige",
                "tema=plasseringer&omrade=46", "tema=plasseringer&omrade=1818", "tema=frivillige&omrade=0301", "tema=avtaler&omrade=03",
                "tema=ips", "tema=ips&omrade=03")) {
            try (BrowserPage page = open(1280, state)) {
                if (state.isEmpty()) {
                    page.readmeScreenshot("functions/statistics-publisher", "dashboard");
                }
                assertThat(Axe.problems(page, List.of(1280, 390))).as("'" + state + "'").isEmpty();
            }
        }
    }

    @Test
    void keyboardOnly_tabReachesEveryControlInOrder_focusAlwaysVisible() {
        publish(StatisticsPublisherIntegrationTest.NIGHT);
        for (String state : List.of("", "tema=plasseringer&omrade=46", "tema=ips&omrade=03")) {
            for (int width : List.of(1280, 390)) {
                try (BrowserPage page = open(width, state)) {
                    List<String> controls = Keyboard.controls(page);
                    List<String> reached = new ArrayList<>();
                    for (Keyboard.Focus focus : Keyboard.tab(page, controls.size() + 1)) {
                        reached.add(focus.name());
                        assertThat(focus.visible()).as("'" + state + "' " + width + ": focus visible on " + focus.name()).isTrue();
                    }
                    // Tab reaches the chosen subject's radio button (arrows move within the group).
                    String subject = state.startsWith("tema=ips") ? "tema-ips" : "tema-plasseringer";
                    assertThat(reached).as("tab order of '" + state + "' at " + width + " px").isEqualTo(controls)
                            .contains(subject, "omradesok", "omrade", "aar");
                }
            }
        }
    }

    @Test
    void yearNotOverYet_showsTheCountryByMonth_andSaysWhenTheCountiesCome() {
        // 20 February 2027: January 2027 is locked, the year 2027 is not over.
        publish(Instant.parse("2027-02-20T01:30:00Z"));
        try (BrowserPage page = open(1280, "tema=plasseringer&aar=2027")) {
            assertThat(page.text("#fordeling")).contains("Tall etter fylke for 2027 publiseres når året er over, 15. januar 2028.");
            assertThat(page.text("td[data-region='0'][data-period='2027M01'][data-measure='henviste']")).isEqualTo("0");
        }
    }

    private static void publish(Instant night) {
        CLOUD.cloud().schedules().fireAt("StatisticsPublisherFunction", night);
    }

    private static BrowserPage open(int width, String view) {
        BrowserPage page = BROWSER.newPage(width, 800);
        page.navigate(DashboardSite.url(CLOUD.cloud(), view).toString());
        await().until(() -> !page.evaluate("document.body.dataset.ready || ''").asText().isEmpty());
        assertThat(page.evaluate("document.body.dataset.ready").asText()).as(page.text("#error")).isEqualTo("true");
        return page;
    }

    /** How the page must write the cell: the published number as nb-NO writes it, or the mark and its reason. */
    private static String expectedText(Map<String, JsonNode> published, String subject, String region, String period, String measure) {
        List<String> found = new ArrayList<>();
        for (String id : SUBJECTS.get(subject)) {
            published(published.get(id), region, period, measure).ifPresent(found::add);
        }
        assertThat(found).as("every file with " + subject + " " + region + " " + period + " " + measure + " agrees")
                .containsOnly(found.isEmpty() ? new String[0] : new String[] {found.get(0)});
        if (found.isEmpty()) {
            return "· publiseres ikke for dette området";
        }
        return switch (found.get(0)) {
            case ":" -> "– prikket";
            case "." -> "· kan ikke beregnes";
            default -> {
                String number = new BigDecimal(found.get(0)).stripTrailingZeros().toPlainString().replace('.', ',');
                yield measure.startsWith("andel") || measure.equals("ips_oppfolging") ? number + " %" : number;
            }
        };
    }

    /** The cell's value (or status symbol) in a JSON-stat file, empty where the file has no such cell. */
    private static Optional<String> published(JsonNode dataset, String region, String period, String measure) {
        JsonNode index = dataset.at("/dimension/region/category/index/" + region);
        JsonNode p = dataset.at("/dimension/tid/category/index/" + period);
        JsonNode m = dataset.at("/dimension/statistikkvariabel/category/index/" + measure);
        if (index.isMissingNode() || p.isMissingNode() || m.isMissingNode()) {
            return Optional.empty();
        }
        return Optional.of(StatisticsPublisherIntegrationTest.cell(dataset, region, period, measure));
    }

    private static JsonNode dated(String file) {
        try {
            return MAPPER.readTree(CLOUD.cloud().s3().getObjectAsBytes(r -> r.bucket(StatisticsPublisherIntegrationTest.bucket(CLOUD.cloud()))
                    .key("stats/v1/" + StatisticsPublisherIntegrationTest.DATE + "/" + file)).asByteArray());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
