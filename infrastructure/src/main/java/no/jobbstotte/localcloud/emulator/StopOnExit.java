package no.jobbstotte.localcloud.emulator;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * One JVM shutdown hook for what this process started, stopped newest first, as nested
 * try-with-resources would: the local cloud (its pollers and schedules) before the emulators they
 * call. A hook each would run all at once on Ctrl-C, and pollers would see their queues vanish
 * mid-receive.
 */
public final class StopOnExit {

    /** Newest first. */
    private static final Deque<AutoCloseable> STARTED = new ArrayDeque<>();
    private static boolean hookAdded;

    private StopOnExit() {}

    /** Stops {@code resource} when the JVM exits, before everything registered earlier. */
    public static synchronized void register(AutoCloseable resource) {
        if (!hookAdded) {
            Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().name("stop-on-exit").unstarted(StopOnExit::stopAll));
            hookAdded = true;
        }
        STARTED.push(resource);
    }

    /** For a resource closed before the JVM exits: nothing left to stop. */
    public static synchronized void forget(AutoCloseable resource) {
        STARTED.removeIf(started -> started == resource);
    }

    /** Stops everything registered, newest first: what the JVM's exit does, for a caller that exits on purpose. */
    public static void stopAll() {
        AutoCloseable next;
        while ((next = pollNewest()) != null) {
            try {
                next.close();
            } catch (Exception e) {
                // Stopping the rest matters more; whatever failed to stop ends with the JVM.
            }
        }
    }

    private static synchronized AutoCloseable pollNewest() {
        return STARTED.poll();
    }
}
