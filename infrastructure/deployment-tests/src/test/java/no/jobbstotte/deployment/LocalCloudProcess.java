package no.jobbstotte.deployment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import no.jobbstotte.localcloud.Main;
import no.jobbstotte.localcloud.RepoRoot;

/**
 * bin/local-cloud in a JVM of its own, as a developer runs it (every function from its deployable
 * jar), with its console (stdout and stderr, as a terminal shows them) collected line by line.
 */
final class LocalCloudProcess implements AutoCloseable {

    private final Process process;
    private final List<String> console = new ArrayList<>();
    private final Thread reader;

    private LocalCloudProcess(Process process) {
        this.process = process;
        this.reader = Thread.ofPlatform().daemon().name("local-cloud-console").start(this::read);
    }

    /** Starts {@code bin/local-cloud <options>} without building first: the reactor has built the jars. */
    static LocalCloudProcess start(String... options) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "--enable-native-access=ALL-UNNAMED",
                "-XX:+UseSerialGC", "-Djobbstotte.repoRoot=" + RepoRoot.find()));
        if (Runtime.version().feature() >= 24) {
            command.add("--sun-misc-unsafe-memory-access=allow");
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(options));
        return new LocalCloudProcess(new ProcessBuilder(command).redirectErrorStream(true).start());
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                synchronized (console) {
                    console.add(line);
                    console.notifyAll();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the console shows {@code line}; false if the process ended or time ran out first. */
    boolean awaitLine(String line, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        synchronized (console) {
            while (!console.contains(line)) {
                long left = Duration.between(Instant.now(), deadline).toMillis();
                if (left <= 0 || !process.isAlive()) {
                    return console.contains(line);
                }
                console.wait(Math.min(left, 500));
            }
            return true;
        }
    }

    /**
     * SIGTERM, which is what Ctrl-C amounts to for the JVM's shutdown. Through the handle: Process.destroy()
     * would also close the output, and with it what the process prints while it stops.
     */
    void stop() {
        process.toHandle().destroy();
    }

    /** The exit code, once the process and its console have ended. */
    int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("bin/local-cloud did not end within " + timeout + "; its console:\n" + console());
        }
        // What the process wrote last reaches the console once its output ends.
        reader.join(Duration.ofSeconds(5));
        return process.exitValue();
    }

    /** Kills what a failed test left running. */
    @Override
    public void close() {
        process.destroyForcibly();
    }

    String console() {
        synchronized (console) {
            return String.join("\n", console) + "\n";
        }
    }
}
