package no.jobbstotte.placementevents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import no.jobbstotte.localcloud.LocalCloud;
import no.jobbstotte.localcloud.testing.LocalCloudExtension;
import no.jobbstotte.shared.config.RuntimeConfig;
import no.jobbstotte.shared.snapstart.Priming;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The SnapStart prime runs against the function's real clients (the local cloud) and changes nothing. */
class PlacementEventsPrimingTest {

    @RegisterExtension
    static final LocalCloudExtension CLOUD = LocalCloudExtension.fromTemplate();

    private static LocalCloud cloud() {
        return CLOUD.cloud();
    }

    @Test
    void prime_againstTheLocalCloud_runsWithoutThrowingAndWritesNothing() {
        PlacementEventsComponent component = DaggerPlacementEventsComponent.factory()
                .create(RuntimeConfig.of(cloud().functionEnvironment("PlacementEventsFunction")));

        assertThatCode(() -> component.priming().run()).doesNotThrowAnyException();

        assertThat(cloud().dynamoDb().scan(r -> r.tableName(cloud().tableName("PlacementsTable"))).items()).isEmpty();
        assertThat(cloud().dynamoDb().scan(r -> r.tableName(cloud().tableName("DirectoryTable"))).items()).isEmpty();
    }

    @Test
    void handler_registersItsPrimeAndTheCheckpointHookSurvivesIt() throws Exception {
        new PlacementEventsHandler(cloud().functionEnvironment("PlacementEventsFunction"));
        PlacementEventsComponent component = DaggerPlacementEventsComponent.factory()
                .create(RuntimeConfig.of(cloud().functionEnvironment("PlacementEventsFunction")));

        assertThatCode(() -> Priming.resource("PlacementEvents", component.priming()).beforeCheckpoint(null))
                .doesNotThrowAnyException();
    }
}
