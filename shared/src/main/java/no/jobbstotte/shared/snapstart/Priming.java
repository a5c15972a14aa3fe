package no.jobbstotte.shared.snapstart;

import java.util.Objects;
import no.jobbstotte.shared.log.Log;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

/**
 * SnapStart priming: runs a function's hot path once before Lambda takes the snapshot, so the
 * restored environments start with those classes loaded, linked and initialised (and the SDK's
 * request pipeline built) instead of paying for it on the first invocation.
 *
 * <p>A prime must have no side effects on real data. It never fails the snapshot: whatever it
 * throws is logged and swallowed. On a JVM without CRaC (tests, the local cloud) registering is a
 * no-op and the prime never runs.
 */
public final class Priming {

    private static final Log LOG = Log.get(Priming.class);

    private Priming() {}

    /**
     * Registers {@code prime} to run before the checkpoint.
     *
     * @return the registered resource: the caller must keep it (a field of the handler), since CRaC
     *     holds its resources only weakly
     */
    public static Resource register(String name, Runnable prime) {
        Resource resource = resource(name, prime);
        Core.getGlobalContext().register(resource);
        return resource;
    }

    /** The resource {@link #register} registers, for tests. */
    public static Resource resource(String name, Runnable prime) {
        return new PrimingResource(Objects.requireNonNull(name, "name"), Objects.requireNonNull(prime, "prime"));
    }

    private record PrimingResource(String name, Runnable prime) implements Resource {

        @Override
        public void beforeCheckpoint(Context<? extends Resource> context) {
            long start = System.nanoTime();
            try {
                prime.run();
                LOG.info("primed before snapshot", "prime", name, "ms", (System.nanoTime() - start) / 1_000_000);
            } catch (RuntimeException | LinkageError e) {
                // A failed prime only costs the first invocation its warm-up; never fail the snapshot.
                LOG.warn("priming failed; continuing without it", "prime", name, "error", e.getClass().getName());
            }
        }

        @Override
        public void afterRestore(Context<? extends Resource> context) {
            // Nothing to do: the url-connection client opens fresh connections, the SDK retries stale ones.
        }
    }
}
