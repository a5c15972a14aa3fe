package no.jobbstotte.statisticspublisher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import no.jobbstotte.localcloud.LocalCloud;
import no.jobbstotte.localcloud.testing.LocalCloudExtension;
import no.jobbstotte.shared.config.RuntimeConfig;
import no.jobbstotte.shared.snapstart.Priming;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The SnapStart prime runs against the function's real clients (the local cloud) and changes nothing. */
class StatisticsPublisherPrimingTest {

    @RegisterExtension
    static final LocalCloudExtension CLOUD = LocalCloudExtension.fromTemplate();

    private static LocalCloud cloud() {
        return CLOUD.cloud();
    }

    @Test
    void prime_againstTheLocalCloud_runsWithoutThrowingAndWritesNothing() {
        StatisticsPublisherComponent component = DaggerStatisticsPublisherComponent.factory()
                .create(RuntimeConfig.of(cloud().functionEnvironment("StatisticsPublisherFunction")));

        assertThatCode(() -> component.priming().run()).doesNotThrowAnyException();

        assertThat(cloud().s3().listObjectsV2(r -> r.bucket(cloud().bucketName("StatisticsBucket"))).contents()).isEmpty();
    }

    @Test
    void handler_registersItsPrimeAndTheCheckpointHookSurvivesIt() throws Exception {
        new StatisticsPublisherHandler(cloud().functionEnvironment("StatisticsPublisherFunction"));
        StatisticsPublisherComponent component = DaggerStatisticsPublisherComponent.factory()
                .create(RuntimeConfig.of(cloud().functionEnvironment("StatisticsPublisherFunction")));

        assertThatCode(() -> Priming.resource("StatisticsPublisher", component.priming()).beforeCheckpoint(null))
                .doesNotThrowAnyException();
    }
}
