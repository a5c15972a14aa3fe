package no.jobbstotte.volunteerdigest;

import dagger.Module;
import dagger.Provides;
import javax.inject.Singleton;
import no.jobbstotte.shared.config.RuntimeConfig;
import no.jobbstotte.shared.domain.Municipalities;
import no.jobbstotte.shared.volunteer.CoordinatorRepository;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

@Module
public final class VolunteerDigestModule {
    private VolunteerDigestModule() {}

    @Provides
    @Singleton
    static DigestSettings settings(RuntimeConfig config) {
        return DigestSettings.from(config);
    }

    @Provides
    @Singleton
    static CoordinatorRepository coordinators(DynamoDbClient dynamoDb, DigestSettings settings) {
        return new CoordinatorRepository(dynamoDb, settings.coordinatorsTable());
    }

    @Provides
    static Municipalities municipalities() {
        return Municipalities.bundled();
    }
}
