package no.jobbstotte.localcloud.emulator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A node emulator running as a child process, its output going to a log file so pipes never fill. */
final class ChildProcess implements AutoCloseable {

    private final Process process;
    private final Path log;

    private ChildProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    static ChildProcess start(String name, List<String> command, Path logDir) {
        Path log = logDir.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        // Would make the SES emulator relay every mail to a real SMTP server.
        builder.environment().remove("SMTP_TRANSPORT");
        try {
            Files.createDirectories(logDir);
            return new ChildProcess(builder.start(), log);
        } catch (IOException e) {
            throw new IllegalStateException("Could not start " + name + " (" + String.join(" ", command)
                    + "): is Node.js (20 or newer) installed and on the PATH?", e);
        }
    }

    void awaitListening(String name, int port) {
        Readiness.await(name, port, process::isAlive, log.toString());
    }

    /** Ends the process at once, as a crash would (SIGKILL), and waits until it is gone. */
    void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
