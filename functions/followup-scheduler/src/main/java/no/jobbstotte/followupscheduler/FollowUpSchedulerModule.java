package no.jobbstotte.followupscheduler;

import dagger.Module;
import dagger.Provides;
import java.time.Clock;
import javax.inject.Singleton;
import no.jobbstotte.shared.config.RuntimeConfig;
import no.jobbstotte.shared.followup.WorkingDays;
import no.jobbstotte.shared.followup.reminders.ReminderMessageCodec;
import no.jobbstotte.shared.table.directory.DynamoDbDirectory;
import no.jobbstotte.shared.table.directory.Recipients;
import no.jobbstotte.shared.table.placements.DueCheck;
import no.jobbstotte.shared.table.placements.DynamoDbPlacements;
import no.jobbstotte.shared.table.reminderslog.DigestScheduling;
import no.jobbstotte.shared.table.reminderslog.DynamoDbRemindersLog;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsClient;

@Module
final class FollowUpSchedulerModule {
    private FollowUpSchedulerModule() {}

    @Provides
    @Singleton
    static DigestScheduling remindersLog(DynamoDbClient dynamoDb, RuntimeConfig config, Clock clock) {
        return new DynamoDbRemindersLog(dynamoDb, config.require("REMINDERS_LOG_TABLE"), clock);
    }

    @Provides
    @Singleton
    static Recipients recipients(DynamoDbClient dynamoDb, RuntimeConfig config) {
        return new DynamoDbDirectory(dynamoDb, config.require("DIRECTORY_TABLE"));
    }

    @Provides
    @Singleton
    static DueCheck dueCheck(DynamoDbClient dynamoDb, RuntimeConfig config) {
        return new DynamoDbPlacements(dynamoDb, config.require("PLACEMENTS_TABLE"));
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
