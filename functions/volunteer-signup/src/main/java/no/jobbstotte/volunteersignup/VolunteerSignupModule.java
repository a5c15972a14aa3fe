package no.jobbstotte.volunteersignup;

import dagger.Module;
import dagger.Provides;
import java.security.SecureRandom;
import javax.inject.Singleton;
import no.jobbstotte.shared.config.RuntimeConfig;
import no.jobbstotte.shared.domain.Municipalities;
import no.jobbstotte.shared.http.HttpResponses;
import no.jobbstotte.shared.volunteer.VolunteerSignupValidator;

@Module
public final class VolunteerSignupModule {
    private VolunteerSignupModule() {}

    @Provides
    @Singleton
    static VolunteerSettings settings(RuntimeConfig config) {
        return VolunteerSettings.from(config);
    }

    /** Unscoped: a new generator for each use, never one restored from a SnapStart snapshot (see Secrets). */
    @Provides
    static SecureRandom random() {
        return new SecureRandom();
    }

    @Provides
    @Singleton
    static VolunteerSignupValidator validator() {
        return new VolunteerSignupValidator(Municipalities.bundled());
    }

    @Provides
    @Singleton
    static HttpResponses responses() {
        return new HttpResponses();
    }
}
