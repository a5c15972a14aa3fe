package no.jobbstotte.volunteerdigest;

import dagger.BindsInstance;
import dagger.Component;
import javax.inject.Singleton;
import no.jobbstotte.shared.aws.DynamoDbModule;
import no.jobbstotte.shared.aws.SesModule;
import no.jobbstotte.shared.config.RuntimeConfig;

@Singleton
@Component(modules = {DynamoDbModule.class, SesModule.class, VolunteerDigestModule.class})
public interface VolunteerDigestComponent {
    VolunteerDigestService service();

    @Component.Factory
    interface Factory {
        VolunteerDigestComponent create(@BindsInstance RuntimeConfig config);
    }
}
