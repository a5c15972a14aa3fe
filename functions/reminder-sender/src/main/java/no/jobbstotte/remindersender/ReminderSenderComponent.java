package no.jobbstotte.remindersender;

import dagger.BindsInstance;
import dagger.Component;
import java.util.concurrent.Executor;
import javax.inject.Singleton;
import no.jobbstotte.shared.aws.DynamoDbModule;
import no.jobbstotte.shared.aws.SecretsManagerModule;
import no.jobbstotte.shared.aws.SesModule;
import no.jobbstotte.shared.aws.SqsModule;
import no.jobbstotte.shared.batch.PartialBatch;
import no.jobbstotte.shared.batch.QueueConsumerModule;
import no.jobbstotte.shared.config.ClockModule;
import no.jobbstotte.shared.config.RuntimeConfig;
import no.jobbstotte.shared.followup.reminders.ReminderMessageCodec;
import no.jobbstotte.shared.table.maildelivery.MailDeliveryModule;

@Singleton
@Component(modules = {ClockModule.class, QueueConsumerModule.class, DynamoDbModule.class, SqsModule.class,
        SesModule.class, SecretsManagerModule.class, MailDeliveryModule.class, ReminderSenderModule.class})
public interface ReminderSenderComponent {
    ReminderSenderService service();

    ReminderMessageCodec codec();

    PartialBatch partialBatch();

    /** Where a batch's messages are handled side by side. */
    Executor messagePool();

    /** The SnapStart prime (see {@link no.jobbstotte.shared.snapstart.Priming}). */
    ReminderSenderPriming priming();

    @Component.Factory
    interface Factory {
        ReminderSenderComponent create(@BindsInstance RuntimeConfig config);
    }
}
