package no.jobbstotte.shared.aws;

import dagger.Module;
import dagger.Provides;
import javax.inject.Singleton;
import no.jobbstotte.shared.config.RuntimeConfig;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

@Module
public final class SecretsManagerModule {
    private SecretsManagerModule() {}

    @Provides
    @Singleton
    static SecretsManagerClient secretsManager(RuntimeConfig config) {
        return ClientSupport.build(SecretsManagerClient.builder(), config, "SECRETS_MANAGER");
    }
}
