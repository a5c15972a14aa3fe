package no.jobbstotte.localcloud.backend;

import java.nio.file.Path;
import java.util.List;
import no.jobbstotte.localcloud.emulator.EmbeddedEmulators;
import no.jobbstotte.localcloud.emulator.EmulatorEndpoints;
import no.jobbstotte.localcloud.emulator.EmulatorPorts;
import no.jobbstotte.localcloud.emulator.SentEmail;
import no.jobbstotte.localcloud.emulator.SesMailbox;

/** ElasticMQ, dynalite, S3Proxy and the SES v2 emulator, bound to 127.0.0.1; no Docker needed. */
public final class EmbeddedBackend implements CloudBackend {

    private final EmbeddedEmulators emulators;
    private final SesMailbox mailbox;

    private EmbeddedBackend(EmbeddedEmulators emulators) {
        this.emulators = emulators;
        this.mailbox = new SesMailbox(emulators.endpoints().ses());
    }

    public static EmbeddedBackend start(EmulatorPorts ports, Path repoRoot) {
        return new EmbeddedBackend(EmbeddedEmulators.start(ports, repoRoot));
    }

    /** With dynalite's tables in {@code dynamoDbData} rather than memory, so {@link #restartDynamoDb(Runnable)} keeps them. */
    public static EmbeddedBackend start(EmulatorPorts ports, Path repoRoot, Path dynamoDbData) {
        return new EmbeddedBackend(EmbeddedEmulators.start(ports, repoRoot, dynamoDbData));
    }

    /** See {@link EmbeddedEmulators#restartDynamoDb(Runnable)}. */
    public void restartDynamoDb(Runnable whileDown) {
        emulators.restartDynamoDb(whileDown);
    }

    @Override
    public String name() {
        return "embedded emulators";
    }

    @Override
    public EmulatorEndpoints endpoints() {
        return emulators.endpoints();
    }

    @Override
    public Mailbox mailbox() {
        return new Mailbox() {
            @Override
            public List<SentEmail> sent() {
                return mailbox.sent();
            }

            @Override
            public void clear() {
                mailbox.clear();
            }
        };
    }

    @Override
    public void close() {
        emulators.close();
    }
}
