package no.jobbstotte.localcloud;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where this JVM's log lines go, so the console keeps what a person reads (the banner, the demo,
 * the alarms). Every function, the local cloud and the in-process emulators log JSON lines to
 * System.out (shared's Log takes System.out when a logger is made; each function's copy of it in
 * its own class loader does too), so sending System.out to a file, before anything logs, takes
 * them all there without touching the functions.
 */
final class LogFile {

    /** Where bin/local-cloud logs, under the repository root; .local-cloud/ is git-ignored. */
    static final Path DEFAULT = Path.of(".local-cloud", "logs", "functions.log");

    private LogFile() {}

    /**
     * Sends System.out to {@code file} (emptied first) and, when {@code live}, to the console as
     * well, as before there was a file; returns the console, for what is meant to be read there.
     */
    static PrintStream install(Path file, boolean live) throws IOException {
        PrintStream console = System.out;
        Files.createDirectories(file.toAbsolutePath().getParent());
        OutputStream log = new FileOutputStream(file.toFile());
        System.setOut(new PrintStream(live ? new Both(log, console) : log, true, StandardCharsets.UTF_8));
        return console;
    }

    /** Writes to the file and the console alike. */
    private static final class Both extends OutputStream {
        private final OutputStream file;
        private final OutputStream console;

        Both(OutputStream file, OutputStream console) {
            this.file = file;
            this.console = console;
        }

        @Override
        public void write(int b) throws IOException {
            file.write(b);
            console.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            file.write(bytes, offset, length);
            console.write(bytes, offset, length);
        }

        @Override
        public void flush() throws IOException {
            file.flush();
            console.flush();
        }
    }
}
