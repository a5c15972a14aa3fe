package no.jobbstotte.shared.config;

import dagger.Module;
import dagger.Provides;
import java.time.Clock;

/** The wall clock, injected so that services can be tested at any time of day. */
@Module
public final class ClockModule {
    private ClockModule() {}

    @Provides
    static Clock clock() {
        return Clock.systemUTC();
    }
}
