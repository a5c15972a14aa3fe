package no.jobbstotte.followupscheduler;

import no.jobbstotte.localcloud.testing.LocalCloudExtension;
import no.jobbstotte.localcloud.testing.PrimingCheck;
import no.jobbstotte.shared.config.RuntimeConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The SnapStart prime runs against the function's real clients (the local cloud) and changes nothing. */
class FollowUpSchedulerPrimingTest {

    @RegisterExtension
    static final LocalCloudExtension CLOUD = LocalCloudExtension.fromTemplate();

    @Test
    void prime_againstTheLocalCloud_runsWithoutThrowingAndLeavesNoTrace() {
        PrimingCheck.assertLeavesNoTrace(CLOUD.cloud(), component().priming());
    }

    @Test
    void handler_registersItsPrimeAndTheCheckpointHookSurvivesIt() {
        new FollowUpSchedulerHandler(CLOUD.cloud().functionEnvironment("FollowUpSchedulerFunction"));
        PrimingCheck.assertCheckpointHookSurvives("FollowUpScheduler", component().priming());
    }

    private static FollowUpSchedulerComponent component() {
        return DaggerFollowUpSchedulerComponent.factory().create(RuntimeConfig.of(CLOUD.cloud().functionEnvironment("FollowUpSchedulerFunction")));
    }
}
