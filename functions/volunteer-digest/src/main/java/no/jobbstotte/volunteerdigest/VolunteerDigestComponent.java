package no.jobbstotte.volunteerdigest;

import dagger.BindsInstance;
import dagger.Component;
import javax.inject.Singleton;
import no.jobbstotte.shared.aws.DynamoDbModule;
import no.jobbstotte.shared.aws.SecretsManagerModule;
import no.jobbstotte.shared.aws.SesModule;
import no.jobbstotte.shared.table.maildelivery.MailDeliveryModule;
import no.jobbstotte.shared.config.RuntimeConfig;

@Singleton
@Component(modules = {DynamoDbModule.class, SesModule.class, SecretsManagerModule.class, MailDeliveryModule.class,
        VolunteerDigestModule.class})
public interface VolunteerDigestComponent {
    VolunteerDigestService service();

    /** The SnapStart prime (see {@link no.jobbstotte.shared.snapstart.Priming}). */
    VolunteerDigestPriming priming();

    @Component.Factory
    interface Factory {
        VolunteerDigestComponent create(@BindsInstance RuntimeConfig config);
    }
}
