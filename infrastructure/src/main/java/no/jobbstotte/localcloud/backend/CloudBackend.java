package no.jobbstotte.localcloud.backend;

import no.jobbstotte.localcloud.emulator.EmulatorEndpoints;

/**
 * Where the AWS services run: embedded emulators in this JVM, or (for tests, see local-cloud-testing)
 * LocalStack in Docker.
 */
public interface CloudBackend extends AutoCloseable {

    String name();

    EmulatorEndpoints endpoints();

    Mailbox mailbox();

    @Override
    void close();
}
