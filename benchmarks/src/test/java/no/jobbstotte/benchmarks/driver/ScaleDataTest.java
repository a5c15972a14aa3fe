package no.jobbstotte.benchmarks.driver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import no.jobbstotte.benchmarks.driver.ScaleData.PlacementEvents;
import org.junit.jupiter.api.Test;

class ScaleDataTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 16);

    @Test
    void theSameSizesGiveTheSameEventsIdsIncluded() {
        assertThat(ScaleData.generate(45, 300, DAY)).isEqualTo(ScaleData.generate(45, 300, DAY));
    }

    @Test
    void everySpecialistIsInATeamWithALeadAndEveryPlacementHasOneOrTwoEvents() {
        ScaleData data = ScaleData.generate(45, 300, DAY);

        assertThat(data.directory()).hasSize(3 + 45);
        assertThat(data.placements()).hasSize(300)
                .allSatisfy(p -> assertThat(p.events()).hasSizeBetween(1, 2)
                        .allSatisfy(e -> assertThat(e.placementId()).isEqualTo(p.placementId())));
        assertThat(data.events()).isEqualTo(48 + data.placements().stream().mapToInt(p -> p.events().size()).sum());
    }

    @Test
    void theQueuedSubsetEndsBetweenPlacementsAndStaysWithinTheBound() {
        ScaleData data = ScaleData.generate(10, 200, DAY);
        List<PlacementEvents> placements = data.placements();

        int queued = data.placementsWithin(101);

        assertThat(ScaleData.eventsOf(placements.subList(0, queued))).hasSizeLessThanOrEqualTo(101);
        assertThat(ScaleData.eventsOf(placements.subList(0, queued + 1))).hasSizeGreaterThan(101);
        assertThat(data.placementsWithin(Integer.MAX_VALUE)).isEqualTo(200);
    }
}
