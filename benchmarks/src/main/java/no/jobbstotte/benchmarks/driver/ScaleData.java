package no.jobbstotte.benchmarks.driver;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import no.jobbstotte.shared.domain.OrganisationNumber;
import no.jobbstotte.shared.followup.WorkingDays;
import no.jobbstotte.shared.followup.event.DirectoryEvent;
import no.jobbstotte.shared.followup.event.EventHeader;
import no.jobbstotte.shared.followup.event.InboundEvent;
import no.jobbstotte.shared.followup.event.PlacementEvent;

/**
 * The scale data set, generated from a fixed seed (event ids included, so two runs send the same
 * events): teams of 20 specialists with a team lead, placements spread round-robin over the
 * specialists, each referred, two in three also in a work trial.
 */
record ScaleData(List<DirectoryEvent> directory, List<PlacementEvents> placements) {

    static final long SEED = 20261125;
    static final int TEAM_SIZE = 20;

    /** One placement's events, in the order they are sent. */
    record PlacementEvents(String placementId, List<PlacementEvent> events) {}

    static ScaleData generate(int specialists, int placements, LocalDate runDay) {
        Random random = new Random(SEED);
        List<DirectoryEvent> directory = new ArrayList<>();
        int teams = Math.max(1, (specialists + TEAM_SIZE - 1) / TEAM_SIZE);
        for (int t = 0; t < teams; t++) {
            directory.add(new DirectoryEvent.TeamLeadUpserted(eventId(random), "scale-tl-" + t, "scale-team-" + t,
                    "Skala Teamleder " + t, "scale-tl-" + t + "@jobbstotte.example"));
        }
        for (int s = 0; s < specialists; s++) {
            int t = s / TEAM_SIZE;
            directory.add(new DirectoryEvent.SpecialistUpserted(eventId(random), "scale-js-" + s,
                    "Skala Jobbspesialist " + s, "scale-js-" + s + "@jobbstotte.example", "scale-team-" + t, "scale-tl-" + t));
        }
        List<String> municipalities = List.of("0301", "1508", "4601", "5001", "1506", "3201");
        List<PlacementEvents> all = new ArrayList<>(placements);
        for (int p = 0; p < placements; p++) {
            int s = p % specialists;
            String id = "scale-plc-" + p;
            String municipality = municipalities.get(random.nextInt(municipalities.size()));
            int daysAgo = 3 + random.nextInt(200);
            Optional<String> employer = Optional.of(OrganisationNumber.generate(random).value());
            List<PlacementEvent> events = new ArrayList<>(2);
            events.add(new PlacementEvent.Referred(header(random, id, s, municipality, Optional.empty(), runDay, daysAgo + 20)));
            if (random.nextInt(3) != 0) {
                events.add(new PlacementEvent.TrialStarted(header(random, id, s, municipality, employer, runDay, daysAgo),
                        runDay.minusDays(daysAgo).plusWeeks(4)));
            }
            all.add(new PlacementEvents(id, List.copyOf(events)));
        }
        return new ScaleData(List.copyOf(directory), List.copyOf(all));
    }

    int events() {
        return directory.size() + placements.stream().mapToInt(p -> p.events().size()).sum();
    }

    /** How many leading placements have at most {@code maxEvents} events in all (at least one placement). */
    int placementsWithin(int maxEvents) {
        int events = 0;
        for (int p = 0; p < placements.size(); p++) {
            events += placements.get(p).events().size();
            if (events > maxEvents) {
                return Math.max(1, p);
            }
        }
        return placements.size();
    }

    static List<InboundEvent> eventsOf(List<PlacementEvents> placements) {
        List<InboundEvent> events = new ArrayList<>();
        placements.forEach(p -> events.addAll(p.events()));
        return events;
    }

    private static String eventId(Random random) {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    private static EventHeader header(Random random, String placementId, int specialist, String municipality,
            Optional<String> employer, LocalDate runDay, int daysAgo) {
        Instant at = runDay.minusDays(daysAgo).atTime(10, 0).atZone(WorkingDays.OSLO).toInstant();
        return new EventHeader(eventId(random), placementId, "scale-js-" + specialist,
                "scale-team-" + (specialist / TEAM_SIZE), municipality, employer, at);
    }
}
