package no.jobbstotte.agreementsapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import no.jobbstotte.localcloud.LocalCloud;
import no.jobbstotte.localcloud.testing.LocalCloudExtension;
import no.jobbstotte.shared.config.RuntimeConfig;
import no.jobbstotte.shared.snapstart.Priming;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The SnapStart prime runs against the function's real clients (the local cloud) and changes nothing. */
class AgreementsApiPrimingTest {

    @RegisterExtension
    static final LocalCloudExtension CLOUD = LocalCloudExtension.fromTemplate();

    private static LocalCloud cloud() {
        return CLOUD.cloud();
    }

    @Test
    void prime_againstTheLocalCloud_runsWithoutThrowingAndWritesNothing() {
        AgreementsApiComponent component = DaggerAgreementsApiComponent.factory()
                .create(RuntimeConfig.of(cloud().functionEnvironment("AgreementsApiFunction")));

        assertThatCode(() -> component.priming().run()).doesNotThrowAnyException();

        assertThat(cloud().dynamoDb().scan(r -> r.tableName(cloud().tableName("AgreementsTable"))).items()).isEmpty();
        assertThat(cloud().dynamoDb().scan(r -> r.tableName(cloud().tableName("ChainsTable"))).items()).isEmpty();
        assertThat(cloud().dynamoDb().scan(r -> r.tableName(cloud().tableName("RequestLogTable"))).items()).isEmpty();
    }

    @Test
    void handler_registersItsPrimeAndTheCheckpointHookSurvivesIt() throws Exception {
        new AgreementsApiHandler(cloud().functionEnvironment("AgreementsApiFunction"));
        AgreementsApiComponent component = DaggerAgreementsApiComponent.factory()
                .create(RuntimeConfig.of(cloud().functionEnvironment("AgreementsApiFunction")));

        assertThatCode(() -> Priming.resource("AgreementsApi", component.priming()).beforeCheckpoint(null))
                .doesNotThrowAnyException();
    }
}
