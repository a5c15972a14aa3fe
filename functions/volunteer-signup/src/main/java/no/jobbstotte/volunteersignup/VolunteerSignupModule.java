package no.jobbstotte.volunteersignup;

import dagger.Module;
import dagger.Provides;
import java.security.SecureRandom;
import javax.inject.Singleton;
import no.jobbstotte.shared.config.RuntimeConfig;
import no.jobbstotte.shared.domain.Municipalities;
import no.jobbstotte.shared.http.HttpResponses;
import no.jobbstotte.shared.secret.ManagedSecret;
import no.jobbstotte.shared.table.volunteercounts.ConfirmationCounts;
import no.jobbstotte.shared.table.volunteercounts.DynamoDbVolunteerCounts;
import no.jobbstotte.shared.table.volunteers.DynamoDbVolunteers;
import no.jobbstotte.shared.table.volunteers.RateLimits;
import no.jobbstotte.shared.table.volunteers.Tokens;
import no.jobbstotte.shared.table.volunteers.Volunteers;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

@Module
public final class VolunteerSignupModule {
    private VolunteerSignupModule() {}

    @Provides
    @Singleton
    static VolunteerSettings settings(RuntimeConfig config) {
        return VolunteerSettings.from(config);
    }

    /** The VolunteersTable's owner; the services see only the use each needs of it. */
    @Provides
    @Singleton
    static DynamoDbVolunteers volunteersTable(DynamoDbClient dynamoDb, VolunteerSettings settings) {
        return new DynamoDbVolunteers(dynamoDb, settings.table());
    }

    @Provides
    static Volunteers volunteers(DynamoDbVolunteers table) {
        return table;
    }

    @Provides
    static Tokens tokens(DynamoDbVolunteers table) {
        return table;
    }

    @Provides
    static RateLimits rateLimits(DynamoDbVolunteers table) {
        return table;
    }

    /** The anonymous counts: their own table, which holds no personal data (see the owner). */
    @Provides
    @Singleton
    static ConfirmationCounts counts(DynamoDbClient dynamoDb, RuntimeConfig config) {
        return new DynamoDbVolunteerCounts(dynamoDb, config.require("VOLUNTEER_COUNTS_TABLE"));
    }

    /** The pepper of the e-mail hashes (VolunteerEmailPepperSecret), read on the first hash, never at init. */
    @Provides
    @Singleton
    static ManagedSecret emailPepper(SecretsManagerClient secretsManager, VolunteerSettings settings) {
        return new ManagedSecret(secretsManager, settings.emailPepperSecret());
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
