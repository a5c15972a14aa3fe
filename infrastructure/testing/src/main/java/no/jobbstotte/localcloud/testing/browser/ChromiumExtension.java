package no.jobbstotte.localcloud.testing.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One headless Chromium for a test class ({@code @RegisterExtension static}): launched before its
 * tests with a fresh profile, closed after them. Where Chromium is not installed each test is
 * skipped with the reason, never failed.
 */
public final class ChromiumExtension implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    private Path profile;
    private Chromium chromium;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        if (Chromium.installed()) {
            profile = Files.createTempDirectory("chromium-profile");
            chromium = Chromium.launch(profile);
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Chromium.assumeInstalled();
    }

    /** A new tab of {@code width} × {@code height} CSS pixels. */
    public BrowserPage newPage(int width, int height) {
        return chromium.newPage(width, height);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (chromium == null) {
            return;
        }
        chromium.close();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
