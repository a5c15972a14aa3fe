package no.jobbstotte.shared.snapstart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.concurrent.atomic.AtomicInteger;
import org.crac.Resource;
import org.junit.jupiter.api.Test;

class PrimingTest {

    @Test
    void beforeCheckpoint_runsThePrime() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        Resource resource = Priming.resource("test", runs::incrementAndGet);

        resource.beforeCheckpoint(null);

        assertThat(runs).hasValue(1);
    }

    @Test
    void beforeCheckpoint_primeThrows_doesNotFailTheSnapshot() {
        Resource resource = Priming.resource("test", () -> {
            throw new IllegalStateException("no table");
        });

        assertThatCode(() -> resource.beforeCheckpoint(null)).doesNotThrowAnyException();
    }

    @Test
    void afterRestore_doesNothing() {
        AtomicInteger runs = new AtomicInteger();
        Resource resource = Priming.resource("test", runs::incrementAndGet);

        assertThatCode(() -> resource.afterRestore(null)).doesNotThrowAnyException();
        assertThat(runs).hasValue(0);
    }

    @Test
    void register_withoutCracJvm_registersWithoutRunningThePrime() {
        AtomicInteger runs = new AtomicInteger();

        Resource resource = Priming.register("test", runs::incrementAndGet);

        assertThat(resource).isNotNull();
        assertThat(runs).hasValue(0);
    }
}
