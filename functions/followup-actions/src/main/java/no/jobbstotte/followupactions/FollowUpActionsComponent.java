package no.jobbstotte.followupactions;

import dagger.BindsInstance;
import dagger.Component;
import javax.inject.Singleton;
import no.jobbstotte.shared.aws.DynamoDbModule;
import no.jobbstotte.shared.aws.SecretsManagerModule;
import no.jobbstotte.shared.aws.SqsModule;
import no.jobbstotte.shared.config.ClockModule;
import no.jobbstotte.shared.config.RuntimeConfig;

@Singleton
@Component(modules = {ClockModule.class, DynamoDbModule.class, SecretsManagerModule.class, SqsModule.class,
        FollowUpActionsModule.class})
interface FollowUpActionsComponent {

    FollowUpActionsService actions();

    ActionPages pages();

    /** The SnapStart prime (see {@link no.jobbstotte.shared.snapstart.Priming}). */
    FollowUpActionsPriming priming();

    @Component.Factory
    interface Factory {
        FollowUpActionsComponent create(@BindsInstance RuntimeConfig config);
    }
}
