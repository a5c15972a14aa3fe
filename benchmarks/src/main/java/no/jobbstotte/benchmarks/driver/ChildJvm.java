package no.jobbstotte.benchmarks.driver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One child JVM: {@code java <flags> -cp <classpath> Launcher <handler> <event file>}, timed. */
final class ChildJvm {

    static final String LAUNCHER = "no.jobbstotte.benchmarks.launcher.Launcher";

    /** Milliseconds from just before the process was started: to main(), to the handler built, to the invocation returned. */
    record Timing(long toMain, long toConstructed, long toReturned, long peakHeapBytes, String result) {}

    private ChildJvm() {}

    static Timing run(Path java, List<String> flags, String classpath, String handler, List<String> eventLines,
            Map<String, String> environment, Path workDir, long timeoutSeconds) {
        try {
            Path eventFile = Files.createTempFile(workDir, "event", ".txt");
            Files.write(eventFile, eventLines, StandardCharsets.UTF_8);
            List<String> command = new ArrayList<>();
            command.add(java.toString());
            command.addAll(flags);
            command.addAll(List.of("-cp", classpath, LAUNCHER, handler, eventFile.toString()));
            ProcessBuilder builder = new ProcessBuilder(command);
            builder.environment().clear();
            builder.environment().put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
            builder.environment().putAll(environment);
            Path errors = workDir.resolve("child-stderr.log");
            builder.redirectError(errors.toFile());
            long started = System.currentTimeMillis();
            Process process = builder.start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(handler + " did not finish within " + timeoutSeconds + " s");
            }
            Files.deleteIfExists(eventFile);
            String line = out.lines().filter(l -> l.startsWith("BENCH ")).reduce((a, b) -> b).orElseThrow(() ->
                    new IllegalStateException(handler + " exited " + process.exitValue() + " without a result; stderr: "
                            + tail(errors) + " stdout: " + tail(out)));
            // Every run's line, for a closer look than the medians (CPU time, each run): target/work/child-runs.log.
            String mode = flags.stream().anyMatch(f -> f.startsWith("-XX:AOTCacheOutput") || f.startsWith("-XX:ArchiveClassesAtExit"))
                    ? "training" : flags.stream().anyMatch(f -> f.startsWith("-XX:AOTCache=")) ? "aot"
                    : flags.stream().anyMatch(f -> f.startsWith("-XX:SharedArchiveFile")) ? "appcds" : "plain";
            Files.writeString(workDir.resolve("child-runs.log"), environment.getOrDefault("AWS_LAMBDA_FUNCTION_NAME", "?") + " "
                    + handler.substring(handler.lastIndexOf('.') + 1) + " " + mode + " " + (System.currentTimeMillis() - started)
                    + " " + line.substring(0, Math.min(line.length(), 160)) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            long main = field(line, "main");
            long constructed = field(line, "constructed");
            long returned = field(line, "returned");
            long peak = line.contains(" peakHeapBytes=") ? field(line, "peakHeapBytes") : -1;
            String result = line.substring(line.indexOf(" result=") + 8);
            return new Timing(main - started, constructed - started, returned - started, peak, result);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long field(String line, String name) {
        int at = line.indexOf(" " + name + "=") + name.length() + 2;
        int end = line.indexOf(' ', at);
        return Long.parseLong(line.substring(at, end < 0 ? line.length() : end));
    }

    private static String tail(Path file) {
        try {
            return Files.exists(file) ? tail(Files.readString(file)) : "";
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    private static String tail(String text) {
        return text.length() > 1500 ? text.substring(text.length() - 1500) : text;
    }
}
