package no.jobbstotte.shared.config;

import dagger.Module;
import dagger.Provides;
import java.time.Clock;

/**
 * The wall clock, injected so that services can be tested at any time of day. The only place
 * that names the system clock: code without a component (the operators' CLIs, the log) calls
 * {@link #clock()} directly.
 */
@Module
public final class ClockModule {
    private ClockModule() {}

    @Provides
    public static Clock clock() {
        return Clock.systemUTC();
    }
}
