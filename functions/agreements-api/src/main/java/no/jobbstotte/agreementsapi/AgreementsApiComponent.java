package no.jobbstotte.agreementsapi;

import dagger.BindsInstance;
import dagger.Component;
import javax.inject.Singleton;
import no.jobbstotte.shared.aws.DynamoDbModule;
import no.jobbstotte.shared.aws.SecretsManagerModule;
import no.jobbstotte.shared.aws.SqsModule;
import no.jobbstotte.shared.config.ClockModule;
import no.jobbstotte.shared.config.RuntimeConfig;

@Singleton
@Component(modules = {ClockModule.class, DynamoDbModule.class, SecretsManagerModule.class, SqsModule.class, AgreementsApiModule.class})
public interface AgreementsApiComponent {

    RequestReader reader();

    PushAgreementsService push();

    GetAgreementService get();

    ListAgreementsService list();

    AgreementsResponder responder();

    /** The SnapStart prime (see {@link no.jobbstotte.shared.snapstart.Priming}). */
    AgreementsApiPriming priming();

    @Component.Factory
    interface Factory {
        AgreementsApiComponent create(@BindsInstance RuntimeConfig config);
    }
}
