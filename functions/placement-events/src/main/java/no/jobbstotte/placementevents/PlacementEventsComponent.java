package no.jobbstotte.placementevents;

import dagger.BindsInstance;
import dagger.Component;
import javax.inject.Singleton;
import no.jobbstotte.shared.aws.DynamoDbModule;
import no.jobbstotte.shared.aws.SqsModule;
import no.jobbstotte.shared.batch.PartialBatch;
import no.jobbstotte.shared.batch.QueueConsumerModule;
import no.jobbstotte.shared.config.ClockModule;
import no.jobbstotte.shared.config.RuntimeConfig;

@Singleton
@Component(modules = {ClockModule.class, QueueConsumerModule.class, DynamoDbModule.class, SqsModule.class,
        PlacementEventsModule.class})
public interface PlacementEventsComponent {

    PlacementEventsService service();

    PartialBatch partialBatch();

    /** The SnapStart prime (see {@link no.jobbstotte.shared.snapstart.Priming}). */
    PlacementEventsPriming priming();

    @Component.Factory
    interface Factory {
        PlacementEventsComponent create(@BindsInstance RuntimeConfig config);
    }
}
