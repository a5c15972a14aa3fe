package no.jobbstotte.statisticspublisher;

import dagger.BindsInstance;
import dagger.Component;
import javax.inject.Singleton;
import no.jobbstotte.shared.aws.DynamoDbModule;
import no.jobbstotte.shared.aws.S3Module;
import no.jobbstotte.shared.config.RuntimeConfig;

/** Everything StatisticsPublisher needs, built once per container. */
@Singleton
@Component(modules = {DynamoDbModule.class, S3Module.class, StatisticsPublisherModule.class})
public interface StatisticsPublisherComponent {

    StatisticsPublisherService service();

    /** The SnapStart prime (see {@link no.jobbstotte.shared.snapstart.Priming}). */
    StatisticsPublisherPriming priming();

    @Component.Factory
    interface Factory {
        StatisticsPublisherComponent create(@BindsInstance RuntimeConfig config);
    }
}
