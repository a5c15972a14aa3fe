package no.jobbstotte.volunteerdigest;

import dagger.Module;
import dagger.Provides;
import javax.inject.Singleton;
import no.jobbstotte.shared.config.RuntimeConfig;
import no.jobbstotte.shared.domain.Municipalities;
import no.jobbstotte.shared.table.coordinators.Coordinators;
import no.jobbstotte.shared.table.coordinators.DynamoDbCoordinators;
import no.jobbstotte.shared.table.volunteers.DailyNotices;
import no.jobbstotte.shared.table.volunteers.DynamoDbVolunteers;
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
    static DailyNotices notices(DynamoDbClient dynamoDb, DigestSettings settings) {
        return new DynamoDbVolunteers(dynamoDb, settings.volunteersTable());
    }

    @Provides
    @Singleton
    static Coordinators coordinators(DynamoDbClient dynamoDb, DigestSettings settings) {
        return new DynamoDbCoordinators(dynamoDb, settings.coordinatorsTable());
    }

    @Provides
    static Municipalities municipalities() {
        return Municipalities.bundled();
    }
}
