package no.jobbstotte.benchmarks.driver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import no.jobbstotte.shared.followup.FollowUpPlan;
import no.jobbstotte.shared.followup.Placement;
import no.jobbstotte.shared.followup.PlacementReducer;
import no.jobbstotte.shared.followup.event.EventHeader;
import no.jobbstotte.shared.followup.event.PlacementEvent;
import no.jobbstotte.shared.table.placements.DynamoDbPlacementRepository;
import no.jobbstotte.shared.table.placements.SpecialistStatus;
import no.jobbstotte.shared.table.placements.StoredPlacement;
import org.junit.jupiter.api.Test;

class ItemCaptureTest {

    private final ItemCapture capture = new ItemCapture(Map.of("placements", "placementId"));
    private final PlacementReducer reducer = new PlacementReducer(FollowUpPlan.defaults());
    private final DynamoDbPlacementRepository repository = new DynamoDbPlacementRepository(capture, "placements", reducer);

    @Test
    void theProductionRepositoryReadsBackWhatItWroteWithTheNextRevision() {
        Placement placement = reducer.apply(null, new PlacementEvent.Referred(new EventHeader("e-1", "plc-1", "js-1",
                "team-1", "0301", Optional.empty(), Instant.parse("2026-10-01T08:00:00Z"))));

        repository.save(placement, 0, SpecialistStatus.ACTIVE);

        assertThat(repository.load("plc-1")).contains(new StoredPlacement(placement, 1));
        assertThat(repository.load("plc-2")).isEmpty();
    }

    @Test
    void takingAnItemRemovesIt() {
        Placement placement = reducer.apply(null, new PlacementEvent.Referred(new EventHeader("e-1", "plc-1", "js-1",
                "team-1", "0301", Optional.empty(), Instant.parse("2026-10-01T08:00:00Z"))));
        repository.save(placement, 0, SpecialistStatus.UNKNOWN);

        assertThat(capture.take("placements", "plc-1")).containsKeys("placementId", "state", "orphanTeamId");
        assertThat(repository.load("plc-1")).isEmpty();
    }
}
