package no.jobbstotte.localcloud.emulator;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits, bounded, until an emulator accepts connections. */
final class Readiness {

    /**
     * Generous: node takes over 20 s to start an emulator when the machine is loaded (seen at load
     * 20 on 2 cores), and a crash is noticed at once anyway, so only a hung start waits this long.
     */
    static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final Duration POLL = Duration.ofMillis(25);

    private Readiness() {}

    static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(EmbeddedEmulators.HOST, port), 250);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** @param alive false as soon as the emulator has died, so a crash fails fast. */
    static void await(String emulator, int port, BooleanSupplier alive, String whereToLook) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!accepts(port)) {
            if (!alive.getAsBoolean()) {
                throw new IllegalStateException(emulator + " exited before listening on port " + port
                        + "; see " + whereToLook);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(emulator + " did not listen on " + EmbeddedEmulators.HOST
                        + ":" + port + " within " + TIMEOUT.toSeconds() + " s; see " + whereToLook);
            }
            try {
                Thread.sleep(POLL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + emulator, e);
            }
        }
    }
}
