package no.jobbstotte.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import java.util.stream.IntStream;
import no.jobbstotte.localcloud.LocalCloud;

/** The nightly statistics publication over P placements (no agreements or volunteers), its first run of the night. */
final class PublicationCosts {

    /** 02:30 in Oslo on 25 November 2026. */
    private static final Instant NIGHT = Instant.parse("2026-11-25T01:30:00Z");
    private static final String PUBLISHER = "StatisticsPublisherFunction";

    private final CallMeter meter;
    private final LocalCloud cloud;

    PublicationCosts(CallMeter meter) {
        this.meter = meter;
        this.cloud = meter.cloud();
    }

    UnitCost publication(int placements) {
        meter.fresh();
        FollowUpSeed seed = new FollowUpSeed(cloud);
        seed.specialist("js-stats", "team-stats", "lead-stats");
        FollowUpSeed.inParallel(IntStream.range(0, placements).<Runnable>mapToObj(i -> () -> seed.placement(
                FollowUpSeed.dueByMorning("plc-stats-" + i, "js-stats", "team-stats"))).toList());
        return meter.measure("publication-p" + placements, "Nightly statistics publication, P = " + placements
                + " placements", 1, Set.of(PUBLISHER), () -> {
                    String result = cloud.schedules().fireAt(PUBLISHER, NIGHT).response().toString();
                    assertThat(result).contains(placements + " placements read");
                });
    }
}
