package no.jobbstotte.hardening;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.jobbstotte.localcloud.LocalCloud;
import no.jobbstotte.shared.followup.FollowUpPlan;
import no.jobbstotte.shared.followup.Placement;
import no.jobbstotte.shared.followup.PlacementReducer;
import no.jobbstotte.shared.followup.WorkingDays;
import no.jobbstotte.shared.followup.event.DirectoryEvent;
import no.jobbstotte.shared.followup.event.EventHeader;
import no.jobbstotte.shared.followup.event.PlacementEvent;
import no.jobbstotte.shared.table.directory.DynamoDbDirectoryRepository;
import no.jobbstotte.shared.table.placements.DynamoDbPlacementRepository;
import no.jobbstotte.shared.table.placements.SpecialistStatus;

/**
 * Directory and placements written straight into their tables with the production repositories
 * and reducer (as the benchmarks' seeder does), by the test's own client: what a unit of work
 * finds, not part of what it costs.
 */
final class FollowUpSeed {

    /** 07:00 in Oslo on Wednesday 10 June 2026, a working day: the morning run the scheduler units fire. */
    static final Instant MORNING = Instant.parse("2026-06-10T05:00:00Z");
    /** When the directory's entries were written: a fixed time, so their items are the same size in every run. */
    private static final Instant DIRECTORY_AT = Instant.parse("2026-03-01T08:00:00Z");

    private final DynamoDbDirectoryRepository directory;
    private final DynamoDbPlacementRepository placements;
    private final PlacementReducer reducer = new PlacementReducer(FollowUpPlan.defaults());
    /** What the directory says of each specialist seen, as it stands once the directory is seeded. */
    private final Map<String, SpecialistStatus> specialists = new ConcurrentHashMap<>();

    FollowUpSeed(LocalCloud cloud) {
        this.directory = new DynamoDbDirectoryRepository(cloud.dynamoDb(), cloud.tableName("DirectoryTable"));
        this.placements = new DynamoDbPlacementRepository(cloud.dynamoDb(), cloud.tableName("PlacementsTable"), reducer);
    }

    static String email(String personId) {
        return personId + "@nav.example";
    }

    void teamLead(String leadId, String teamId) {
        directory.upsertTeamLead(new DirectoryEvent.TeamLeadUpserted("d-" + leadId, leadId, teamId, "Teamleder " + leadId,
                email(leadId)), DIRECTORY_AT);
    }

    void specialist(String specialistId, String teamId, String leadId) {
        directory.upsertSpecialist(new DirectoryEvent.SpecialistUpserted("d-" + specialistId, specialistId,
                "Jobbspesialist " + specialistId, email(specialistId), teamId, leadId), DIRECTORY_AT);
    }

    /** The placement after {@code events}, saved once as PlacementEvents would have left it. */
    void placement(List<PlacementEvent> events) {
        Placement placement = reducer.replay(events);
        placements.save(placement, 0, specialists.computeIfAbsent(placement.specialistId(),
                id -> SpecialistStatus.of(directory.find(id))));
    }

    /** Runs the writes a few at a time: seeding is not what is measured, and one by one it is most of the test's time. */
    static void inParallel(List<Runnable> writes) {
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<?>> done = writes.stream().<Future<?>>map(pool::submit).toList();
            for (Future<?> write : done) {
                write.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("seeding failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Referred on 1 June, trial from 2 June, met on 3 June: a follow-up due by {@link #MORNING}. */
    static List<PlacementEvent> dueByMorning(String placementId, String specialistId, String teamId) {
        return List.of(
                new PlacementEvent.Referred(header("e1", placementId, specialistId, teamId, at("2026-06-01"))),
                new PlacementEvent.TrialStarted(header("e2", placementId, specialistId, teamId, at("2026-06-02")),
                        LocalDate.parse("2026-06-30")),
                new PlacementEvent.FollowUpDone(header("e3", placementId, specialistId, teamId, at("2026-06-03")),
                        PlacementEvent.Met.BOTH));
    }

    /**
     * A placement followed closely: referred, a trial started, then follow-ups six hours apart,
     * {@code count} events in all, every one within the reducer's 60-day horizon, so all are kept.
     */
    static List<PlacementEvent> followedClosely(String placementId, String specialistId, String teamId, int count) {
        List<PlacementEvent> events = new ArrayList<>();
        events.add(new PlacementEvent.Referred(header("e0", placementId, specialistId, teamId, at("2026-04-01"))));
        events.add(new PlacementEvent.TrialStarted(header("e1", placementId, specialistId, teamId, at("2026-04-02")),
                LocalDate.parse("2026-06-30")));
        for (int i = 2; i < count; i++) {
            events.add(followUp(placementId, specialistId, teamId, i));
        }
        return events;
    }

    /** The {@code index}th event of {@link #followedClosely}: a follow-up, six hours after the one before. */
    static PlacementEvent followUp(String placementId, String specialistId, String teamId, int index) {
        Instant at = at("2026-04-03").plusSeconds(6L * 3600 * (index - 2));
        return new PlacementEvent.FollowUpDone(header("e" + index, placementId, specialistId, teamId, at),
                index % 2 == 0 ? PlacementEvent.Met.PARTICIPANT : PlacementEvent.Met.EMPLOYER);
    }

    static EventHeader header(String event, String placementId, String specialistId, String teamId, Instant at) {
        return new EventHeader(event + "-" + placementId, placementId, specialistId, teamId, "1506",
                Optional.of("964951284"), at);
    }

    private static Instant at(String day) {
        return LocalDate.parse(day).atTime(LocalTime.of(10, 0)).atZone(WorkingDays.OSLO).toInstant();
    }
}
