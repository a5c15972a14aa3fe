package no.jobbstotte.remindersender;

import dagger.Module;
import dagger.Provides;
import java.time.Clock;
import javax.inject.Singleton;
import no.jobbstotte.shared.config.RuntimeConfig;
import no.jobbstotte.shared.followup.WorkingDays;
import no.jobbstotte.shared.followup.digest.CaseloadWarning;
import no.jobbstotte.shared.followup.digest.Escalation;
import no.jobbstotte.shared.followup.reminders.DynamoDbRemindersLog;
import no.jobbstotte.shared.followup.reminders.ReminderMessageCodec;
import no.jobbstotte.shared.followup.reminders.RemindersLog;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sesv2.SesV2Client;

@Module
final class ReminderSenderModule {
    private ReminderSenderModule() {}

    @Provides
    @Singleton
    static ReminderSettings settings(RuntimeConfig config) {
        return new ReminderSettings(config.require("CASE_URL_TEMPLATE"), config.require("SENDER_ADDRESS"),
                config.intValue("ESCALATION_WORKING_DAYS", Escalation.DEFAULT_THRESHOLD_WORKING_DAYS),
                config.intValue("CASELOAD_LIMIT", CaseloadWarning.DEFAULT_LIMIT));
    }

    @Provides
    @Singleton
    static RemindersLog remindersLog(DynamoDbClient dynamoDb, RuntimeConfig config) {
        return new DynamoDbRemindersLog(dynamoDb, config.require("REMINDERS_LOG_TABLE"), Clock.systemUTC());
    }

    @Provides
    @Singleton
    static Directory directory(DynamoDbClient dynamoDb, RuntimeConfig config) {
        return new DynamoDbDirectory(dynamoDb, config.require("DIRECTORY_TABLE"));
    }

    @Provides
    @Singleton
    static Placements placements(DynamoDbClient dynamoDb, RuntimeConfig config) {
        return new DynamoDbPlacements(dynamoDb, config.require("PLACEMENTS_TABLE"));
    }

    @Provides
    @Singleton
    static Mailer mailer(SesV2Client ses, ReminderSettings settings) {
        return new SesMailer(ses, settings.senderAddress());
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
