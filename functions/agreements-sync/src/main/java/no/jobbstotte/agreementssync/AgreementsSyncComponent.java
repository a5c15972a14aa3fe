package no.jobbstotte.agreementssync;

import com.fasterxml.jackson.databind.ObjectMapper;
import dagger.BindsInstance;
import dagger.Component;
import no.jobbstotte.shared.batch.QueueConsumerModule;
import no.jobbstotte.shared.config.ClockModule;
import javax.inject.Singleton;
import no.jobbstotte.shared.aws.DynamoDbModule;
import no.jobbstotte.shared.aws.SqsModule;
import no.jobbstotte.shared.batch.PartialBatch;
import no.jobbstotte.shared.config.RuntimeConfig;
import no.jobbstotte.shared.json.JsonModule;

/** Everything AgreementsSync needs, built once per container. */
@Singleton
@Component(modules = {ClockModule.class, QueueConsumerModule.class, DynamoDbModule.class, SqsModule.class, JsonModule.class, AgreementsSyncModule.class})
public interface AgreementsSyncComponent {

    AgreementsSyncService service();

    PartialBatch partialBatch();

    ObjectMapper mapper();

    /** The SnapStart prime (see {@link no.jobbstotte.shared.snapstart.Priming}). */
    AgreementsSyncPriming priming();

    @Component.Factory
    interface Factory {
        AgreementsSyncComponent create(@BindsInstance RuntimeConfig config);
    }
}
