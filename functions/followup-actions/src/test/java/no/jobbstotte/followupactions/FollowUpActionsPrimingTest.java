package no.jobbstotte.followupactions;

import no.jobbstotte.localcloud.testing.LocalCloudExtension;
import no.jobbstotte.localcloud.testing.PrimingCheck;
import no.jobbstotte.shared.config.RuntimeConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The SnapStart prime runs against the function's real clients (the local cloud), reads no secret and changes nothing. */
class FollowUpActionsPrimingTest {

    @RegisterExtension
    static final LocalCloudExtension CLOUD = LocalCloudExtension.fromTemplate();

    @Test
    void prime_againstTheLocalCloud_runsWithoutThrowingAndLeavesNoTrace() {
        PrimingCheck.assertLeavesNoTrace(CLOUD.cloud(), component().priming());
    }

    @Test
    void handler_registersItsPrimeAndTheCheckpointHookSurvivesIt() {
        new FollowUpActionsHandler(CLOUD.cloud().functionEnvironment("FollowUpActionsFunction"));
        PrimingCheck.assertCheckpointHookSurvives("FollowUpActions", component().priming());
    }

    private static FollowUpActionsComponent component() {
        return DaggerFollowUpActionsComponent.factory().create(RuntimeConfig.of(CLOUD.cloud().functionEnvironment("FollowUpActionsFunction")));
    }
}
