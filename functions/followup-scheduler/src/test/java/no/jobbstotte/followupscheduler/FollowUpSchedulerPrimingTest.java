package no.jobbstotte.followupscheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import no.jobbstotte.localcloud.LocalCloud;
import no.jobbstotte.localcloud.testing.LocalCloudExtension;
import no.jobbstotte.shared.config.RuntimeConfig;
import no.jobbstotte.shared.snapstart.Priming;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The SnapStart prime runs against the function's real clients (the local cloud) and changes nothing. */
class FollowUpSchedulerPrimingTest {

    @RegisterExtension
    static final LocalCloudExtension CLOUD = LocalCloudExtension.fromTemplate();

    private static LocalCloud cloud() {
        return CLOUD.cloud();
    }

    @Test
    void prime_againstTheLocalCloud_runsWithoutThrowingAndWritesNothing() {
        FollowUpSchedulerComponent component = DaggerFollowUpSchedulerComponent.factory()
                .create(RuntimeConfig.of(cloud().functionEnvironment("FollowUpSchedulerFunction")));

        assertThatCode(() -> component.priming().run()).doesNotThrowAnyException();

        assertThat(cloud().dynamoDb().scan(r -> r.tableName(cloud().tableName("RemindersLogTable"))).items()).isEmpty();
        assertThat(cloud().sqs().receiveMessage(r -> r.queueUrl(cloud().queueUrl("RemindersQueue"))).messages()).isEmpty();
    }

    @Test
    void handler_registersItsPrimeAndTheCheckpointHookSurvivesIt() throws Exception {
        new FollowUpSchedulerHandler(cloud().functionEnvironment("FollowUpSchedulerFunction"));
        FollowUpSchedulerComponent component = DaggerFollowUpSchedulerComponent.factory()
                .create(RuntimeConfig.of(cloud().functionEnvironment("FollowUpSchedulerFunction")));

        assertThatCode(() -> Priming.resource("FollowUpScheduler", component.priming()).beforeCheckpoint(null))
                .doesNotThrowAnyException();
    }
}
