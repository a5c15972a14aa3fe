package no.jobbstotte.localcloud;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import no.jobbstotte.localcloud.backend.CloudBackend;
import no.jobbstotte.localcloud.backend.EmbeddedBackend;
import no.jobbstotte.localcloud.backend.Mailbox;
import no.jobbstotte.localcloud.emulator.EmulatorEndpoints;
import no.jobbstotte.localcloud.emulator.EmulatorPorts;
import no.jobbstotte.localcloud.events.SqsEventSource;
import no.jobbstotte.localcloud.testfunctions.TestStack;
import org.junit.jupiter.api.Test;

/**
 * Stopping the local cloud stops every SQS poller before the emulators, so no poller sees its
 * queue vanish mid-receive and logs an error. (bin/local-cloud's Ctrl-C and --exit are checked
 * end to end in deployment-tests' LocalCloudConsoleTest.)
 */
class LocalCloudStopTest {

    @Test
    void close_whilePollersRun_stopsThemAllBeforeTheBackend() {
        AtomicReference<LocalCloud> started = new AtomicReference<>();
        List<String> pollingAtBackendClose = new CopyOnWriteArrayList<>();
        LocalCloud cloud = LocalCloud.builder(TestStack.template(), () -> new Watched(
                        EmbeddedBackend.start(EmulatorPorts.free(), RepoRoot.find()),
                        () -> started.get().sqsEventSources().stream().filter(SqsEventSource::isPolling)
                                .forEach(source -> pollingAtBackendClose.add(source.mapping().eventName()))))
                .start();
        started.set(cloud);
        assertThat(cloud.sqsEventSources()).isNotEmpty().allMatch(SqsEventSource::isPolling);

        cloud.close();

        assertThat(pollingAtBackendClose).isEmpty();
        assertThat(cloud.sqsEventSources()).noneMatch(SqsEventSource::isPolling);
    }

    /** A backend that runs {@code beforeClose} first when it is closed. */
    private record Watched(CloudBackend backend, Runnable beforeClose) implements CloudBackend {
        @Override
        public String name() {
            return backend.name();
        }

        @Override
        public EmulatorEndpoints endpoints() {
            return backend.endpoints();
        }

        @Override
        public Mailbox mailbox() {
            return backend.mailbox();
        }

        @Override
        public void close() {
            beforeClose.run();
            backend.close();
        }
    }
}
