package no.jobbstotte.agreementssync;

import dagger.BindsInstance;
import dagger.Component;
import no.jobbstotte.shared.batch.QueueConsumerModule;
import no.jobbstotte.shared.config.ClockModule;
import javax.inject.Singleton;
import no.jobbstotte.shared.aws.DynamoDbModule;
import no.jobbstotte.shared.aws.SqsModule;
import no.jobbstotte.shared.batch.PartialBatch;
import no.jobbstotte.shared.config.RuntimeConfig;

/** Everything AgreementsSync needs, built once per container. */
@Singleton
@Component(modules = {ClockModule.class, QueueConsumerModule.class, DynamoDbModule.class, SqsModule.class, AgreementsSyncModule.class})
public interface AgreementsSyncComponent {

    AgreementsSyncService service();

    PartialBatch partialBatch();

    /** The SnapStart prime (see {@link no.jobbstotte.shared.snapstart.Priming}). */
    AgreementsSyncPriming priming();

    @Component.Factory
    interface Factory {
        AgreementsSyncComponent create(@BindsInstance RuntimeConfig config);
    }
}
