package no.jobbstotte.followupscheduler;

import dagger.BindsInstance;
import dagger.Component;
import javax.inject.Singleton;
import no.jobbstotte.shared.aws.DynamoDbModule;
import no.jobbstotte.shared.aws.SecretsManagerModule;
import no.jobbstotte.shared.aws.SqsModule;
import no.jobbstotte.shared.config.ClockModule;
import no.jobbstotte.shared.config.RuntimeConfig;
import no.jobbstotte.shared.table.maildelivery.MailDeliveryModule;

@Singleton
@Component(modules = {ClockModule.class, DynamoDbModule.class, SqsModule.class, SecretsManagerModule.class,
        MailDeliveryModule.class, FollowUpSchedulerModule.class})
public interface FollowUpSchedulerComponent {
    FollowUpSchedulerService service();

    /** The SnapStart prime (see {@link no.jobbstotte.shared.snapstart.Priming}). */
    FollowUpSchedulerPriming priming();

    @Component.Factory
    interface Factory {
        FollowUpSchedulerComponent create(@BindsInstance RuntimeConfig config);
    }
}
