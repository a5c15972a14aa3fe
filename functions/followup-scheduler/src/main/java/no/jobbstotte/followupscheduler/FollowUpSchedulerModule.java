package no.jobbstotte.followupscheduler;

import dagger.Module;
import dagger.Provides;
import java.time.Clock;
import javax.inject.Singleton;
import no.jobbstotte.shared.config.RuntimeConfig;
import no.jobbstotte.shared.followup.WorkingDays;
import no.jobbstotte.shared.followup.reminders.DynamoDbRemindersLog;
import no.jobbstotte.shared.followup.reminders.ReminderMessageCodec;
import no.jobbstotte.shared.followup.reminders.RemindersLog;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsClient;

@Module
final class FollowUpSchedulerModule {
    private FollowUpSchedulerModule() {}

    @Provides
    @Singleton
    static RemindersLog remindersLog(DynamoDbClient dynamoDb, RuntimeConfig config) {
        return new DynamoDbRemindersLog(dynamoDb, config.require("REMINDERS_LOG_TABLE"), Clock.systemUTC());
    }

    @Provides
    @Singleton
    static Recipients recipients(DynamoDbClient dynamoDb, RuntimeConfig config) {
        return new DynamoDbRecipients(dynamoDb, config.require("DIRECTORY_TABLE"), config.require("PLACEMENTS_TABLE"));
    }

    @Provides
    @Singleton
    static ReminderQueue reminderQueue(SqsClient sqs, RuntimeConfig config) {
        return new SqsReminderQueue(sqs, config.require("REMINDERS_QUEUE_URL"), new ReminderMessageCodec());
    }

    @Provides
    static WorkingDays workingDays() {
        return WorkingDays.norway();
    }
}
