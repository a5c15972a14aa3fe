package no.jobbstotte.deliveryevents;

import no.jobbstotte.localcloud.testing.LocalCloudExtension;
import no.jobbstotte.localcloud.testing.PrimingCheck;
import no.jobbstotte.shared.config.RuntimeConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The SnapStart prime runs against the function's real clients (the local cloud) and changes nothing. */
class DeliveryEventsPrimingTest {

    @RegisterExtension
    static final LocalCloudExtension CLOUD = LocalCloudExtension.fromTemplate();

    @Test
    void prime_againstTheLocalCloud_runsWithoutThrowingAndLeavesNoTrace() {
        PrimingCheck.assertLeavesNoTrace(CLOUD.cloud(), component().priming());
    }

    @Test
    void handler_registersItsPrimeAndTheCheckpointHookSurvivesIt() {
        new DeliveryEventsHandler(CLOUD.cloud().functionEnvironment("DeliveryEventsFunction"));
        PrimingCheck.assertCheckpointHookSurvives("DeliveryEvents", component().priming());
    }

    private static DeliveryEventsComponent component() {
        return DaggerDeliveryEventsComponent.factory().create(RuntimeConfig.of(CLOUD.cloud().functionEnvironment("DeliveryEventsFunction")));
    }
}
