package no.jobbstotte.placementevents;

import java.util.List;
import javax.inject.Inject;
import no.jobbstotte.shared.followup.event.PlacementEventJson;
import no.jobbstotte.shared.table.directory.DirectoryRepository;
import no.jobbstotte.shared.table.placements.PlacementRepository;

/**
 * SnapStart prime: parse and write every kind of event, and one read each of a placement and a
 * person that cannot exist (builds the DynamoDB client's request pipeline). Writes nothing.
 */
final class PlacementEventsPriming implements Runnable {

    static final String ABSENT = "snapstart-prime#absent";

    private static final String HEADER = "\"eventId\":\"prime\",\"placementId\":\"prime\",\"specialistId\":\"prime\","
            + "\"teamId\":\"prime\",\"municipalityNumber\":\"0301\",\"occurredAt\":\"2026-01-05T08:00:00Z\"";
    static final List<String> SAMPLES = List.of(
            "{\"type\":\"referred\"," + HEADER + "}",
            "{\"type\":\"trial_started\"," + HEADER + ",\"endsOn\":\"2026-03-01\"}",
            "{\"type\":\"follow_up_done\"," + HEADER + ",\"met\":\"participant\"}",
            "{\"type\":\"paused\"," + HEADER + "}",
            "{\"type\":\"specialist_upserted\",\"eventId\":\"prime\",\"specialistId\":\"prime\",\"displayName\":\"Prime\","
                    + "\"workEmail\":\"prime@example.invalid\",\"teamId\":\"prime\",\"teamLeadId\":\"prime\"}",
            "{\"type\":\"specialist_deactivated\",\"eventId\":\"prime\",\"specialistId\":\"prime\"}");

    private final PlacementRepository placements;
    private final DirectoryRepository directory;

    @Inject
    PlacementEventsPriming(PlacementRepository placements, DirectoryRepository directory) {
        this.placements = placements;
        this.directory = directory;
    }

    @Override
    public void run() {
        for (String sample : SAMPLES) {
            PlacementEventJson.write(PlacementEventJson.parse(sample));
        }
        placements.load(ABSENT);
        directory.find(ABSENT);
    }
}
