package no.jobbstotte.deliveryevents;

import dagger.BindsInstance;
import dagger.Component;
import javax.inject.Singleton;
import no.jobbstotte.shared.aws.DynamoDbModule;
import no.jobbstotte.shared.aws.SecretsManagerModule;
import no.jobbstotte.shared.batch.PartialBatch;
import no.jobbstotte.shared.batch.QueueConsumerModule;
import no.jobbstotte.shared.config.RuntimeConfig;
import no.jobbstotte.shared.table.maildelivery.MailDeliveryModule;

@Singleton
@Component(modules = {QueueConsumerModule.class, DynamoDbModule.class, SecretsManagerModule.class,
        MailDeliveryModule.class})
public interface DeliveryEventsComponent {

    DeliveryEventsService service();

    PartialBatch partialBatch();

    /** The SnapStart prime (see {@link no.jobbstotte.shared.snapstart.Priming}). */
    DeliveryEventsPriming priming();

    @Component.Factory
    interface Factory {
        DeliveryEventsComponent create(@BindsInstance RuntimeConfig config);
    }
}
