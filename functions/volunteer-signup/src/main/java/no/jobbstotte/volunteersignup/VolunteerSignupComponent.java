package no.jobbstotte.volunteersignup;

import dagger.BindsInstance;
import dagger.Component;
import javax.inject.Singleton;
import no.jobbstotte.shared.aws.DynamoDbModule;
import no.jobbstotte.shared.aws.SecretsManagerModule;
import no.jobbstotte.shared.aws.SesModule;
import no.jobbstotte.shared.table.maildelivery.MailDeliveryModule;
import no.jobbstotte.shared.config.ClockModule;
import no.jobbstotte.shared.config.RuntimeConfig;

@Singleton
@Component(modules = {ClockModule.class, DynamoDbModule.class, SecretsManagerModule.class, SesModule.class,
        MailDeliveryModule.class, VolunteerSignupModule.class})
public interface VolunteerSignupComponent {
    VolunteerSignupService signups();

    VolunteerLinkService links();

    RequestReader reader();

    VolunteerResponder responder();

    /** The SnapStart prime (see {@link no.jobbstotte.shared.snapstart.Priming}). */
    VolunteerSignupPriming priming();

    @Component.Factory
    interface Factory {
        VolunteerSignupComponent create(@BindsInstance RuntimeConfig config);
    }
}
