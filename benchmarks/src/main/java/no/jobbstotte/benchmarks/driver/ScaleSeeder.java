package no.jobbstotte.benchmarks.driver;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import no.jobbstotte.benchmarks.driver.ScaleData.PlacementEvents;
import no.jobbstotte.localcloud.LocalCloud;
import no.jobbstotte.shared.followup.FollowUpPlan;
import no.jobbstotte.shared.followup.Placement;
import no.jobbstotte.shared.followup.PlacementReducer;
import no.jobbstotte.shared.followup.event.DirectoryEvent;
import no.jobbstotte.shared.followup.event.PlacementEvent;
import no.jobbstotte.shared.table.directory.DirectoryRepository;
import no.jobbstotte.shared.table.directory.DynamoDbDirectoryRepository;
import no.jobbstotte.shared.table.placements.DynamoDbPlacementRepository;
import no.jobbstotte.shared.table.placements.PlacementRepository;
import no.jobbstotte.shared.table.placements.SpecialistStatus;
import no.jobbstotte.shared.table.placements.StoredPlacement;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Seeds the scale data set straight into DirectoryTable and PlacementsTable with BatchWriteItem
 * (25 items a call, several threads), much faster than the placement-events queue. The items come
 * from the production repositories and reducer (the PlacementEvents function's own module set-up)
 * writing to an {@link ItemCapture}, so they are the items the function would write;
 * {@link #mismatches} checks that against items the function did write.
 */
final class ScaleSeeder {

    static final int BATCH = 25;

    /** Items written, wall time, BatchWriteItem calls and how many of them only retried unprocessed items. */
    record Seeded(int items, long millis, int calls, int retries) {
        double perSecond() {
            return millis == 0 ? 0 : items * 1000.0 / millis;
        }
    }

    private final DynamoDbClient dynamoDb;
    private final String placementsTable;
    private final String directoryTable;
    private final ItemCapture capture;
    private final PlacementRepository placements;
    private final DirectoryRepository directory;
    private final PlacementReducer reducer = new PlacementReducer(FollowUpPlan.defaults());
    private final int threads;

    ScaleSeeder(LocalCloud cloud, int threads) {
        this.dynamoDb = cloud.dynamoDb();
        this.placementsTable = cloud.tableName("PlacementsTable");
        this.directoryTable = cloud.tableName("DirectoryTable");
        this.capture = new ItemCapture(Map.of(placementsTable, "placementId", directoryTable, "personId"));
        this.placements = new DynamoDbPlacementRepository(capture, placementsTable, reducer);
        this.directory = new DynamoDbDirectoryRepository(capture, directoryTable);
        this.threads = threads;
    }

    /** Directory items as the function writes them (applied now); they stay in the capture for the placements' look-ups. */
    Seeded seedDirectory(List<DirectoryEvent> events) throws Exception {
        long started = System.currentTimeMillis();
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        for (DirectoryEvent event : events) {
            // As PlacementEventsService does: the time of applying stands in for the event's time.
            Instant now = Instant.now();
            String personId = switch (event) {
                case DirectoryEvent.SpecialistUpserted e -> {
                    directory.upsertSpecialist(e, now);
                    yield e.specialistId();
                }
                case DirectoryEvent.TeamLeadUpserted e -> {
                    directory.upsertTeamLead(e, now);
                    yield e.teamLeadId();
                }
                case DirectoryEvent.SpecialistDeactivated e -> throw new IllegalArgumentException("not in the scale data");
            };
            items.add(capture.get(directoryTable, personId));
        }
        List<List<Map<String, AttributeValue>>> batches = new ArrayList<>();
        for (int i = 0; i < items.size(); i += BATCH) {
            batches.add(items.subList(i, Math.min(items.size(), i + BATCH)));
        }
        return write(directoryTable, batches.size(), i -> batches.get(i), started);
    }

    /** The placements' items, built and written chunk by chunk on {@code threads} threads. */
    Seeded seedPlacements(List<PlacementEvents> all) throws Exception {
        long started = System.currentTimeMillis();
        int chunks = (all.size() + BATCH - 1) / BATCH;
        return write(placementsTable, chunks, c -> all.subList(c * BATCH, Math.min(all.size(), (c + 1) * BATCH)).stream()
                .map(this::placementItem).toList(), started);
    }

    /**
     * The placement's item after its events, applied one by one as
     * {@code PlacementEventsService.applyPlacementEvent} does: load, reduce, skip a duplicate, save
     * with the specialist's status from the directory.
     */
    Map<String, AttributeValue> placementItem(PlacementEvents p) {
        for (PlacementEvent event : p.events()) {
            var stored = placements.load(event.placementId());
            Placement current = stored.map(StoredPlacement::placement).orElse(null);
            Placement next = reducer.apply(current, event);
            if (next != current) {
                placements.save(next, stored.map(StoredPlacement::revision).orElse(0L),
                        SpecialistStatus.of(directory.find(next.specialistId())));
            }
        }
        return capture.take(placementsTable, p.placementId());
    }

    /**
     * For each sampled placement the function processed: the attributes where the stored item
     * differs from what the seeder builds for the same events (empty when they are equal).
     */
    List<String> mismatches(List<PlacementEvents> sample) {
        List<String> differences = new ArrayList<>();
        for (PlacementEvents p : sample) {
            Map<String, AttributeValue> expected = placementItem(p);
            Map<String, AttributeValue> stored = dynamoDb.getItem(r -> r.tableName(placementsTable).consistentRead(true)
                    .key(Map.of("placementId", AttributeValue.fromS(p.placementId())))).item();
            if (!expected.equals(stored)) {
                TreeSet<String> names = new TreeSet<>(expected.keySet());
                names.addAll(stored.keySet());
                names.removeIf(n -> java.util.Objects.equals(expected.get(n), stored.get(n)));
                differences.add(p.placementId() + " " + names);
            }
        }
        return differences;
    }

    private Seeded write(String table, int batches, java.util.function.IntFunction<List<Map<String, AttributeValue>>> batch,
            long started) throws Exception {
        AtomicInteger calls = new AtomicInteger();
        AtomicInteger retries = new AtomicInteger();
        AtomicInteger items = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int b = 0; b < batches; b++) {
                int index = b;
                done.add(pool.submit(() -> {
                    List<WriteRequest> requests = batch.apply(index).stream()
                            .map(item -> WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build())
                            .toList();
                    items.addAndGet(requests.size());
                    Map<String, List<WriteRequest>> pending = Map.of(table, requests);
                    for (int attempt = 0; !pending.isEmpty(); attempt++) {
                        if (attempt > 0) {
                            retries.incrementAndGet();
                            Thread.sleep(Math.min(1000, 20L << Math.min(attempt, 6))); // back off, as the SDK guide advises
                        }
                        if (attempt > 20) {
                            throw new IllegalStateException("BatchWriteItem left items unprocessed 20 times");
                        }
                        Map<String, List<WriteRequest>> request = pending;
                        BatchWriteItemResponse response = dynamoDb.batchWriteItem(r -> r.requestItems(request));
                        calls.incrementAndGet();
                        pending = response.hasUnprocessedItems() ? response.unprocessedItems() : Map.of();
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return new Seeded(items.get(), System.currentTimeMillis() - started, calls.get(), retries.get());
    }
}
