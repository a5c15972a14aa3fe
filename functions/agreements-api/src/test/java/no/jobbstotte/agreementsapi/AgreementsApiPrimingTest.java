package no.jobbstotte.agreementsapi;

import no.jobbstotte.localcloud.testing.LocalCloudExtension;
import no.jobbstotte.localcloud.testing.PrimingCheck;
import no.jobbstotte.shared.config.RuntimeConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The SnapStart prime runs against the function's real clients (the local cloud) and changes nothing. */
class AgreementsApiPrimingTest {

    @RegisterExtension
    static final LocalCloudExtension CLOUD = LocalCloudExtension.fromTemplate();

    @Test
    void prime_againstTheLocalCloud_runsWithoutThrowingAndLeavesNoTrace() {
        PrimingCheck.assertLeavesNoTrace(CLOUD.cloud(), component().priming());
    }

    @Test
    void handler_registersItsPrimeAndTheCheckpointHookSurvivesIt() {
        new AgreementsApiHandler(CLOUD.cloud().functionEnvironment("AgreementsApiFunction"));
        PrimingCheck.assertCheckpointHookSurvives("AgreementsApi", component().priming());
    }

    private static AgreementsApiComponent component() {
        return DaggerAgreementsApiComponent.factory().create(RuntimeConfig.of(CLOUD.cloud().functionEnvironment("AgreementsApiFunction")));
    }
}
