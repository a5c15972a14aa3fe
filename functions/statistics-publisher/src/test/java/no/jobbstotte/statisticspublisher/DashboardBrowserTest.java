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
        String data = CLOUD.cloud().endpoints().s3() + "/" + StatisticsPublisherIntegrationTest.bucket(CLOUD.cloud()) + "/stats/v1/latest/";
        JsonNode published = new ObjectMapper().readTree(CLOUD.cloud().s3().getObjectAsBytes(r -> r
                .bucket(StatisticsPublisherIntegrationTest.bucket(CLOUD.cloud())).key("stats/v1/2026-11-25/plasseringer-fylke.json")).asByteArray());

        HttpServer server = serve(RepoRoot.find().resolve("dashboard"));
        String dom;
        try {
            dom = dumpDom("http://127.0.0.1:" + server.getAddress().getPort() + "/index.html?data=" + data);
        } finally {
            server.stop(0);
        }

        assertThat(dom).contains("data-ready=\"true\"").doesNotContain("Kunne ikke laste");
        assertThat(dom).contains("Publisert 2026-11-25");
        // Every county cell of the table shows exactly what the JSON-stat file says.
        for (String region : List.of("0", "03", "11", "46")) {
            for (String measure : List.of("henviste", "ansatt")) {
                String expected = StatisticsPublisherIntegrationTest.cell(published, region, "2026", measure);
                String shown = expected.equals(":") ? "data-status=\":\" class=\"suppressed\"><abbr title=\"Prikket av personvernhensyn\">–</abbr>"
                        : "data-status=\"\">" + expected + "</td>";
                assertThat(dom).as(region + " " + measure).contains(
                        "<td data-region=\"" + region + "\" data-measure=\"" + measure + "\" " + shown);
            }
        }
        assertThat(StatisticsPublisherIntegrationTest.cell(published, "03", "2026", "henviste")).isEqualTo("30");
        assertThat(StatisticsPublisherIntegrationTest.cell(published, "11", "2026", "henviste")).isEqualTo(":");
        assertThat(dom).contains("<td data-region=\"03\" data-measure=\"henviste\" data-status=\"\">30</td>");
        assertThat(dom).contains("<td data-region=\"11\" data-measure=\"henviste\" data-status=\":\" class=\"suppressed\">");
        assertThat(dom).contains("– prikket").contains("betyr at tallet er <strong>prikket</strong>");
        assertThat(dom).contains("<svg role=\"img\"");
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
