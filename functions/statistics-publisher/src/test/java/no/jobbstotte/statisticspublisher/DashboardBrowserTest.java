package no.jobbstotte.statisticspublisher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import no.jobbstotte.localcloud.RepoRoot;
import no.jobbstotte.localcloud.testing.LocalCloudExtension;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard in a real headless Chromium: statistics published to the local cloud's S3, the
 * page served from {@code dashboard/} on 127.0.0.1, loaded with {@code ?data=<S3 URL of latest/>};
 * the rendered DOM must show the published numbers and the suppressed cells as such.
 */
class DashboardBrowserTest {

    @RegisterExtension
    static final LocalCloudExtension CLOUD = LocalCloudExtension.fromTemplate();

    private static final Path CHROMIUM = Path.of(System.getProperty("chromium.path", "/usr/bin/chromium"));
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8");

    @TempDir
    Path profile;

    @Test
    void dashboard_latestPublication_showsPublishedNumbersAndSuppressedMarkers() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "Chromium not installed at " + CHROMIUM
                + " (apt-get install -y chromium, or -Dchromium.path=...); browser test skipped");
        StatisticsPublisherIntegrationTest.seedTypicalNight(CLOUD.cloud());
        CLOUD.cloud().schedules().fireAt("StatisticsPublisherFunction", StatisticsPublisherIntegrationTest.NIGHT);
        JsonNode published = dated(StatisticsPublisherIntegrationTest.DATE, "plasseringer-fylke.json");
        JsonNode byTrial = dated(StatisticsPublisherIntegrationTest.DATE, "utproving-fylke.json");

        String dom = render();

        assertThat(dom).contains("data-ready=\"true\"").doesNotContain("Kunne ikke laste");
        assertThat(dom).contains("Publisert " + StatisticsPublisherIntegrationTest.DATE);
        // Every county cell of the table shows exactly what the JSON-stat files say.
        for (String region : List.of("0", "03", "11", "46")) {
            for (String measure : List.of("henviste", "ansatt")) {
                assertThat(dom).as(region + " " + measure).contains(shown(region, measure,
                        StatisticsPublisherIntegrationTest.cell(published, region, "2026", measure)));
            }
        }
        for (String county : List.of("03", "11", "46")) {
            assertThat(dom).as(county + " share").contains(shown(county, "andel_ansatt_etter_utproving",
                    StatisticsPublisherIntegrationTest.cell(byTrial, county, "2026", "andel_ansatt_etter_utproving")));
        }
        assertThat(StatisticsPublisherIntegrationTest.cell(published, "03", "2026", "henviste")).isEqualTo("30");
        assertThat(StatisticsPublisherIntegrationTest.cell(published, "11", "2026", "henviste")).isEqualTo(":");
        assertThat(dom).contains("<td data-region=\"03\" data-measure=\"henviste\" data-status=\"\">30</td>");
        assertThat(dom).contains("<td data-region=\"11\" data-measure=\"henviste\" data-status=\":\" class=\"suppressed\">");
        assertThat(dom).as("the share is not published for the whole country")
                .contains("<td data-region=\"0\" data-measure=\"andel_ansatt_etter_utproving\" data-status=\"\" class=\"suppressed\">"
                        + "<abbr title=\"Publiseres ikke for denne regionen\">");
        assertThat(dom).as("the country by month: Oslo's 30 and Bergen's 12 referred in March")
                .contains("<th scope=\"row\">mars 2026</th><td data-region=\"0\" data-measure=\"henviste\" data-status=\"\">42</td>");
        assertThat(dom).contains("– prikket").contains("betyr at tallet er <strong>prikket</strong>");
        assertThat(dom).contains("<svg role=\"img\"").doesNotContain("publiseres når året er over");
    }

    @Test
    void dashboard_yearNotOverYet_showsTheCountryByMonthAndSaysWhenTheCountiesCome() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "Chromium not installed at " + CHROMIUM
                + " (apt-get install -y chromium, or -Dchromium.path=...); browser test skipped");
        StatisticsPublisherIntegrationTest.seedTypicalNight(CLOUD.cloud());
        // 20 February 2027: January 2027 is locked, the year 2027 is not over.
        CLOUD.cloud().schedules().fireAt("StatisticsPublisherFunction", Instant.parse("2027-02-20T01:30:00Z"));

        String dom = render();

        assertThat(dom).contains("data-ready=\"true\"").contains("<option value=\"2027\">2027</option>");
        assertThat(dom).contains("Tall etter fylke for 2027 publiseres når året er over, 15. januar 2028.");
        assertThat(dom).contains("<th scope=\"row\">januar 2027</th><td data-region=\"0\" data-measure=\"henviste\" data-status=\"\">0</td>");
    }

    /** How the dashboard's table shows a cell: the number as nb-NO writes it, or the symbol with its explanation. */
    private static String shown(String region, String measure, String value) {
        String content = switch (value) {
            case ":" -> "data-status=\":\" class=\"suppressed\"><abbr title=\"Prikket av personvernhensyn\">–</abbr>";
            case "." -> "data-status=\".\" class=\"suppressed\"><abbr title=\"Kan ikke beregnes\">·</abbr>";
            default -> "data-status=\"\">" + new java.math.BigDecimal(value).stripTrailingZeros().toPlainString().replace('.', ',')
                    + (measure.startsWith("andel") ? " %" : "") + "</td>";
        };
        return "<td data-region=\"" + region + "\" data-measure=\"" + measure + "\" " + content;
    }

    private static JsonNode dated(String date, String file) throws IOException {
        return new ObjectMapper().readTree(CLOUD.cloud().s3().getObjectAsBytes(r -> r
                .bucket(StatisticsPublisherIntegrationTest.bucket(CLOUD.cloud())).key("stats/v1/" + date + "/" + file)).asByteArray());
    }

    /** The dashboard, served from dashboard/, loaded against the latest publication in the local cloud's S3. */
    private String render() throws Exception {
        String data = CLOUD.cloud().endpoints().s3() + "/" + StatisticsPublisherIntegrationTest.bucket(CLOUD.cloud()) + "/stats/v1/latest/";
        HttpServer server = serve(RepoRoot.find().resolve("dashboard"));
        try {
            return dumpDom("http://127.0.0.1:" + server.getAddress().getPort() + "/index.html?data=" + data);
        } finally {
            server.stop(0);
        }
    }

    private static HttpServer serve(Path root) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String name = exchange.getRequestURI().getPath().replaceFirst("^/", "");
            Path file = root.resolve(name.isEmpty() ? "index.html" : name).normalize();
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            byte[] body = Files.readAllBytes(file);
            String extension = name.substring(name.lastIndexOf('.') + 1);
            exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(extension, "application/octet-stream"));
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return server;
    }

    private String dumpDom(String url) throws Exception {
        Process chromium = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--virtual-time-budget=20000", "--dump-dom", url)
                .redirectError(profile.resolve("chromium.log").toFile())
                .start();
        byte[] out = chromium.getInputStream().readAllBytes();
        if (!chromium.waitFor(Duration.ofSeconds(90).toSeconds(), TimeUnit.SECONDS)) {
            chromium.destroyForcibly();
            throw new AssertionError("Chromium did not finish");
        }
        return new String(out, StandardCharsets.UTF_8);
    }
}
