package no.jobbstotte.volunteerdigest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import no.jobbstotte.localcloud.LocalCloud;
import no.jobbstotte.localcloud.testing.LocalCloudExtension;
import no.jobbstotte.shared.config.RuntimeConfig;
import no.jobbstotte.shared.snapstart.Priming;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The SnapStart prime runs against the function's real clients (the local cloud) and changes nothing. */
class VolunteerDigestPrimingTest {

    @RegisterExtension
    static final LocalCloudExtension CLOUD = LocalCloudExtension.fromTemplate();

    private static LocalCloud cloud() {
        return CLOUD.cloud();
    }

    @Test
    void prime_againstTheLocalCloud_runsWithoutThrowingAndWritesNothing() {
        VolunteerDigestComponent component = DaggerVolunteerDigestComponent.factory()
                .create(RuntimeConfig.of(cloud().functionEnvironment("VolunteerDigestFunction")));

        assertThatCode(() -> component.priming().run()).doesNotThrowAnyException();

        assertThat(cloud().dynamoDb().scan(r -> r.tableName(cloud().tableName("VolunteersTable"))).items()).isEmpty();
        assertThat(cloud().mailbox().sent()).isEmpty();
    }

    @Test
    void handler_registersItsPrimeAndTheCheckpointHookSurvivesIt() throws Exception {
        new VolunteerDigestHandler(cloud().functionEnvironment("VolunteerDigestFunction"));
        VolunteerDigestComponent component = DaggerVolunteerDigestComponent.factory()
                .create(RuntimeConfig.of(cloud().functionEnvironment("VolunteerDigestFunction")));

        assertThatCode(() -> Priming.resource("VolunteerDigest", component.priming()).beforeCheckpoint(null))
                .doesNotThrowAnyException();
    }
}
