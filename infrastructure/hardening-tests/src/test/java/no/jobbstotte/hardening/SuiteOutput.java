package no.jobbstotte.hardening;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Everything the JVM writes to stdout and stderr during the suite, kept in memory beside the
 * normal output. Installed before any test class loads (see {@link HardeningSession}), so every
 * {@code Log} instance, which keeps the {@code System.out} of its creation, writes through it.
 */
final class SuiteOutput {

    private static final Object LOCK = new Object();
    private static final ByteArrayOutputStream CAPTURED = new ByteArrayOutputStream(1 << 20);
    private static volatile boolean installed;

    private SuiteOutput() {}

    static void install() {
        synchronized (LOCK) {
            if (installed) {
                return;
            }
            System.setOut(new PrintStream(new Tee(System.out), true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(new Tee(System.err), true, StandardCharsets.UTF_8));
            installed = true;
        }
    }

    static boolean installed() {
        return installed;
    }

    /** All output so far, as text. */
    static String captured() {
        System.out.flush();
        System.err.flush();
        synchronized (LOCK) {
            return CAPTURED.toString(StandardCharsets.UTF_8);
        }
    }

    private static final class Tee extends OutputStream {
        private final OutputStream original;

        Tee(OutputStream original) {
            this.original = original;
        }

        @Override
        public void write(int b) {
            synchronized (LOCK) {
                CAPTURED.write(b);
            }
            try {
                original.write(b);
            } catch (java.io.IOException e) {
                // the copy in memory is what the tests read
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            synchronized (LOCK) {
                CAPTURED.write(b, off, len);
            }
            try {
                original.write(b, off, len);
            } catch (java.io.IOException e) {
                // see above
            }
        }

        @Override
        public void flush() {
            try {
                original.flush();
            } catch (java.io.IOException e) {
                // see above
            }
        }
    }
}
