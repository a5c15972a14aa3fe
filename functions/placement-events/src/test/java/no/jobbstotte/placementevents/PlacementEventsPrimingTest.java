package no.jobbstotte.placementevents;

import no.jobbstotte.localcloud.testing.LocalCloudExtension;
import no.jobbstotte.localcloud.testing.PrimingCheck;
import no.jobbstotte.shared.config.RuntimeConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The SnapStart prime runs against the function's real clients (the local cloud) and changes nothing. */
class PlacementEventsPrimingTest {

    @RegisterExtension
    static final LocalCloudExtension CLOUD = LocalCloudExtension.fromTemplate();

    @Test
    void prime_againstTheLocalCloud_runsWithoutThrowingAndLeavesNoTrace() {
        PrimingCheck.assertLeavesNoTrace(CLOUD.cloud(), component().priming());
    }

    @Test
    void handler_registersItsPrimeAndTheCheckpointHookSurvivesIt() {
        new PlacementEventsHandler(CLOUD.cloud().functionEnvironment("PlacementEventsFunction"));
        PrimingCheck.assertCheckpointHookSurvives("PlacementEvents", component().priming());
    }

    private static PlacementEventsComponent component() {
        return DaggerPlacementEventsComponent.factory().create(RuntimeConfig.of(CLOUD.cloud().functionEnvironment("PlacementEventsFunction")));
    }
}
