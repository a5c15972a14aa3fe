package no.jobbstotte.remindersender;

import dagger.Module;
import dagger.Provides;
import java.time.Clock;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import javax.inject.Singleton;
import no.jobbstotte.remindersender.digest.CaseloadWarning;
import no.jobbstotte.remindersender.digest.Escalation;
import no.jobbstotte.shared.config.RuntimeConfig;
import no.jobbstotte.shared.followup.WorkingDays;
import no.jobbstotte.shared.followup.actions.ActionLinkSigner;
import no.jobbstotte.shared.followup.reminders.ReminderMessageCodec;
import no.jobbstotte.shared.secret.ManagedSecret;
import no.jobbstotte.shared.table.directory.Directory;
import no.jobbstotte.shared.table.directory.DynamoDbDirectory;
import no.jobbstotte.shared.table.placements.Caseloads;
import no.jobbstotte.shared.table.placements.DynamoDbFidelityFacts;
import no.jobbstotte.shared.table.placements.DynamoDbPlacements;
import no.jobbstotte.shared.table.placements.TeamFidelityFacts;
import no.jobbstotte.shared.table.reminderslog.DigestSending;
import no.jobbstotte.shared.table.reminderslog.DynamoDbRemindersLog;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.sesv2.SesV2Client;

@Module
final class ReminderSenderModule {
    private ReminderSenderModule() {}

    /**
     * Messages of a batch in flight at once. Each waits on DynamoDB and SES most of its time; five
     * matches the connections the url-connection client keeps per host (the JDK's
     * {@code http.maxConnections}), so more threads would open and drop connections instead of reusing them.
     */
    static final int PARALLELISM = 5;

    /**
     * One pool per container, its threads made on first use (after a SnapStart restore, as the
     * prime sends nothing through it). Daemon threads: the pool never keeps a JVM alive.
     */
    @Provides
    @Singleton
    static Executor messagePool() {
        return Executors.newFixedThreadPool(PARALLELISM,
                Thread.ofPlatform().name("reminder-sender-", 1).daemon().factory());
    }

    @Provides
    @Singleton
    static ReminderSettings settings(RuntimeConfig config) {
        return new ReminderSettings(config.require("CASE_URL_TEMPLATE"), config.require("SENDER_ADDRESS"),
                config.intValue("ESCALATION_WORKING_DAYS", Escalation.DEFAULT_THRESHOLD_WORKING_DAYS),
                config.intValue("CASELOAD_LIMIT", CaseloadWarning.DEFAULT_LIMIT), config.require("FIDELITY_SCALE_URL"));
    }

    @Provides
    @Singleton
    static DigestSending remindersLog(DynamoDbClient dynamoDb, RuntimeConfig config, Clock clock) {
        return new DynamoDbRemindersLog(dynamoDb, config.require("REMINDERS_LOG_TABLE"), clock);
    }

    @Provides
    @Singleton
    static Directory directory(DynamoDbClient dynamoDb, RuntimeConfig config) {
        return new DynamoDbDirectory(dynamoDb, config.require("DIRECTORY_TABLE"));
    }

    @Provides
    @Singleton
    static Caseloads caseloads(DynamoDbClient dynamoDb, RuntimeConfig config) {
        return new DynamoDbPlacements(dynamoDb, config.require("PLACEMENTS_TABLE"));
    }

    /** The team's placements for the weekly fidelity mail, through the PlacementsTable's index byTeam. */
    @Provides
    @Singleton
    static TeamFidelityFacts teamFidelityFacts(DynamoDbClient dynamoDb, RuntimeConfig config) {
        return new DynamoDbFidelityFacts(dynamoDb, config.require("PLACEMENTS_TABLE"));
    }

    @Provides
    @Singleton
    static Mailer mailer(SesV2Client ses, ReminderSettings settings, RuntimeConfig config) {
        return new SesMailer(ses, settings.senderAddress(), config.require("CONFIGURATION_SET"));
    }

    /** FollowUpActionSigningSecret, read on the first digest a container signs, never at init or in the prime. */
    @Provides
    @Singleton
    static SignedActionUrls actionUrls(SecretsManagerClient secretsManager, RuntimeConfig config) {
        return new SignedActionUrls(new ActionLinkSigner(new ManagedSecret(secretsManager,
                config.require("ACTION_LINK_SECRET_ARN"))), config.require("ACTIONS_BASE_URL"));
    }

    @Provides
    @Singleton
    static ReminderMessageCodec codec() {
        return new ReminderMessageCodec();
    }

    @Provides
    static WorkingDays workingDays() {
        return WorkingDays.norway();
    }
}
