package no.jobbstotte.localcloud.events;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The local cloud's notion of now for schedules: the real time, or a time that tests and the
 * demo set and move forward themselves, firing what falls due on the way.
 */
public final class LocalClock {

    private final AtomicReference<Instant> fixed;

    private LocalClock(Instant start) {
        this.fixed = new AtomicReference<>(start);
    }

    public static LocalClock system() {
        return new LocalClock(null);
    }

    public static LocalClock manual(Instant start) {
        return new LocalClock(start);
    }

    public boolean isManual() {
        return fixed.get() != null;
    }

    public Instant now() {
        Instant value = fixed.get();
        return value == null ? Instant.now() : value;
    }

    void set(Instant instant) {
        if (!isManual()) {
            throw new IllegalStateException("the system clock cannot be moved; start the local cloud with a manual clock");
        }
        fixed.set(instant);
    }
}
