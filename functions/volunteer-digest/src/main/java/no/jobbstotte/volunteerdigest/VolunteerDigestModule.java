package no.jobbstotte.volunteerdigest;

import dagger.Module;
import dagger.Provides;
import javax.inject.Singleton;
import no.jobbstotte.shared.config.RuntimeConfig;
import no.jobbstotte.shared.domain.Municipalities;
import no.jobbstotte.shared.table.coordinators.Coordinators;
import no.jobbstotte.shared.table.coordinators.DynamoDbCoordinators;
import no.jobbstotte.shared.table.volunteercounts.ConfirmationCounts;
import no.jobbstotte.shared.table.volunteercounts.DynamoDbVolunteerCounts;
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

    /** The anonymous counts, to count any confirmation the sign-up could not (see the service). */
    @Provides
    @Singleton
    static ConfirmationCounts counts(DynamoDbClient dynamoDb, RuntimeConfig config) {
        return new DynamoDbVolunteerCounts(dynamoDb, config.require("VOLUNTEER_COUNTS_TABLE"));
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
