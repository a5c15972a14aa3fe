package no.jobbstotte.shared.aws;

import dagger.Module;
import dagger.Provides;
import javax.inject.Singleton;
import no.jobbstotte.shared.config.RuntimeConfig;
import software.amazon.awssdk.services.sesv2.SesV2Client;

@Module
public final class SesModule {
    private SesModule() {}

    @Provides
    @Singleton
    static SesV2Client ses(RuntimeConfig config) {
        return ClientSupport.build(SesV2Client.builder(), config, "SESV2");
    }
}
