package no.jobbstotte.localcloud.testing.browser;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Headless Chromium driven over the DevTools protocol, for tests of the public pages in a real
 * browser: no WebDriver, only the JDK's WebSocket client and the {@code chromium} package. Where
 * Chromium is missing, {@link #assumeInstalled()} skips the test with the reason.
 */
public final class Chromium implements AutoCloseable {

    private static final Path EXECUTABLE = Path.of(System.getProperty("chromium.path", "/usr/bin/chromium"));

    private final Process process;
    private final DevTools devTools;

    private Chromium(Process process, DevTools devTools) {
        this.process = process;
        this.devTools = devTools;
    }

    public static boolean installed() {
        return Files.isExecutable(EXECUTABLE);
    }

    /** Skips the calling test, with the reason, when Chromium is not installed. */
    public static void assumeInstalled() {
        Assumptions.assumeTrue(installed(), "Chromium not installed at " + EXECUTABLE
                + " (apt-get install -y chromium, or -Dchromium.path=...); browser test skipped");
    }

    /** Starts a headless Chromium with its profile (and log, chromium.log) in {@code profile}. */
    public static Chromium launch(Path profile) {
        assumeInstalled();
        Path portFile = profile.resolve("DevToolsActivePort");
        Process process;
        try {
            Files.deleteIfExists(portFile);
            process = new ProcessBuilder(EXECUTABLE.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                    "--disable-dev-shm-usage", "--hide-scrollbars", "--mute-audio", "--lang=nb-NO",
                    "--user-data-dir=" + profile, "--remote-debugging-port=0", "about:blank")
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(profile.resolve("chromium.log").toFile())
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Chromium writes the port it chose and the browser's path once DevTools listens.
        List<String> lines = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .failFast("Chromium exited", () -> !process.isAlive())
                .until(() -> Files.exists(portFile) ? Files.readAllLines(portFile) : List.of(), l -> l.size() >= 2);
        return new Chromium(process, DevTools.connect(URI.create("ws://127.0.0.1:" + lines.get(0) + lines.get(1))));
    }

    /** A new tab of {@code width} × {@code height} CSS pixels, on about:blank. */
    public BrowserPage newPage(int width, int height) {
        String targetId = devTools.send(null, "Target.createTarget", Map.of("url", "about:blank")).get("targetId").asText();
        String sessionId = devTools.send(null, "Target.attachToTarget", Map.of("targetId", targetId, "flatten", true))
                .get("sessionId").asText();
        BrowserPage page = new BrowserPage(devTools, targetId, sessionId);
        page.viewport(width, height);
        return page;
    }

    @Override
    public void close() {
        devTools.close();
        // Its helpers too (renderers, the crash handler), so nothing writes to the profile once closed;
        // taken before the browser ends, after which they are no longer its descendants.
        List<ProcessHandle> all = Stream.concat(process.descendants(), Stream.of(process.toHandle())).toList();
        all.forEach(ProcessHandle::destroy);
        for (ProcessHandle handle : all) {
            try {
                handle.onExit().get(10, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                handle.destroyForcibly();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                handle.destroyForcibly();
            }
        }
    }
}
