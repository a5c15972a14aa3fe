package no.jobbstotte.localcloud.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import no.jobbstotte.localcloud.RepoRoot;
import no.jobbstotte.localcloud.emulator.NodePackages;

/**
 * Redocly CLI, a widely used OpenAPI 3.1 linter that owes nothing to this project, run on a contract
 * with the repository's redocly.yaml. Its struct rule refuses a key that an OpenAPI object does not
 * have, so a YAML slip that {@link OpenApiSchemas} misses is still caught. Every module with an
 * openapi.yaml runs {@link #main} in {@code verify} (exec-maven-plugin, set up in the root pom).
 */
public final class OpenApiLint {

    private static final long TIMEOUT_SECONDS = 60;

    /** The linter's exit code and everything it printed. */
    public record Result(int exitCode, String output) {
        public boolean passed() {
            return exitCode == 0;
        }
    }

    private OpenApiLint() {}

    /** Lints the given contracts; fails with the linter's report when any has an error. */
    public static void main(String[] specs) {
        List<String> failures = new ArrayList<>();
        for (String spec : specs) {
            Result result = lint(Path.of(spec));
            if (result.passed()) {
                System.out.println("OpenAPI lint (Redocly CLI): no errors in " + spec);
            } else {
                failures.add(result.output());
            }
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException("The OpenAPI linter (Redocly CLI, redocly.yaml) found errors:\n"
                    + String.join("\n", failures));
        }
    }

    /** Redocly's {@code lint} on one document; installs the linter from the committed lockfile first if needed. */
    public static Result lint(Path spec) {
        Path root = RepoRoot.find();
        Path packages = root.resolve("infrastructure/emulators");
        NodePackages.ensureInstalled(packages);
        List<String> command = List.of("node", packages.resolve("node_modules/@redocly/cli/bin/cli.js").toString(),
                "lint", "--format=stylish", "--config", root.resolve("redocly.yaml").toString(),
                spec.toAbsolutePath().toString());
        try {
            Path log = Files.createTempFile("openapi-lint", ".log");
            try {
                ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile())
                        .redirectErrorStream(true).redirectOutput(log.toFile());
                builder.environment().put("NO_COLOR", "1");
                return run(builder, log);
            } finally {
                Files.deleteIfExists(log);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run the OpenAPI linter on " + spec, e);
        }
    }

    private static Result run(ProcessBuilder builder, Path log) throws IOException {
        Process linter;
        try {
            linter = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("node not found: install Node.js 20.19 or newer and put it on the PATH", e);
        }
        try {
            if (!linter.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                linter.destroyForcibly();
                throw new IllegalStateException("The OpenAPI linter did not finish within " + TIMEOUT_SECONDS
                        + " seconds:\n" + Files.readString(log));
            }
        } catch (InterruptedException e) {
            linter.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running the OpenAPI linter", e);
        }
        return new Result(linter.exitValue(), Files.readString(log));
    }
}
