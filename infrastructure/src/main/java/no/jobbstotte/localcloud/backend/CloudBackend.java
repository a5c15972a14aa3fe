package no.jobbstotte.localcloud.backend;

import no.jobbstotte.localcloud.emulator.EmulatorEndpoints;

/** Where the AWS services run: embedded emulators in this JVM, or LocalStack in Docker. */
public interface CloudBackend extends AutoCloseable {

    String name();

    EmulatorEndpoints endpoints();

    Mailbox mailbox();

    @Override
    void close();

    /** Chooses the backend from {@code -Dlocalcloud.backend=embedded|localstack} (default embedded). */
    static String selected() {
        return System.getProperty("localcloud.backend", "embedded");
    }
}
