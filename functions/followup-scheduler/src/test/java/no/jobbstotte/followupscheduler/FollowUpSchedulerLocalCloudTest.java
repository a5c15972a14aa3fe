package no.jobbstotte.followupscheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import no.jobbstotte.localcloud.LocalCloud;
import no.jobbstotte.localcloud.testing.LocalCloudExtension;
import no.jobbstotte.shared.followup.WorkingDays;
import no.jobbstotte.shared.followup.reminders.ReminderMessage;
import no.jobbstotte.shared.table.directory.DynamoDbDirectory;
import no.jobbstotte.shared.table.maildelivery.Suppressions;
import no.jobbstotte.shared.table.placements.DynamoDbPlacements;
import no.jobbstotte.shared.table.reminderslog.DigestSending;
import no.jobbstotte.shared.table.reminderslog.DynamoDbRemindersLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The parallel run against the emulator's conditional writes and due index: more recipients than
 * one chunk, concurrent and repeated runs, and a run killed part-way. The queue is a recorder that,
 * like the sender, claims each message as it arrives.
 */
class FollowUpSchedulerLocalCloudTest {

    @RegisterExtension
    static final LocalCloudExtension CLOUD = LocalCloudExtension.fromTemplate();

    // 07:00 Oslo summer time on Wednesday 10 June 2026.
    private static final Instant WEDNESDAY = Instant.parse("2026-06-10T05:00:00Z");
    private static final int SPECIALISTS = FollowUpSchedulerService.CHUNK + 40;

    private final LocalCloud cloud = CLOUD.cloud();
    private final MovableClock clock = new MovableClock(WEDNESDAY);
    private final DynamoDbRemindersLog log =
            new DynamoDbRemindersLog(cloud.dynamoDb(), cloud.tableName("RemindersLogTable"), clock);
    private final DynamoDbDirectory directory = new DynamoDbDirectory(cloud.dynamoDb(), cloud.tableName("DirectoryTable"));
    private final DynamoDbPlacements due =
            new DynamoDbPlacements(cloud.dynamoDb(), cloud.tableName("PlacementsTable"));
    private final RecordingQueue queue = new RecordingQueue();
    private final List<String> expected = new ArrayList<>();

    @BeforeEach
    void directoryAndPlacements() {
        List<WriteRequest> people = new ArrayList<>();
        List<WriteRequest> placements = new ArrayList<>();
        for (int i = 0; i < SPECIALISTS; i++) {
            String id = "js-" + i;
            people.add(put(Map.of("personId", s(id), "role", s("SPECIALIST"), "active", AttributeValue.fromBool(true))));
            // Every fourth has its next follow-up only next week: no digest today.
            String dueOn = i % 4 == 0 ? "2026-06-17" : "2026-06-0" + (1 + i % 9);
            // Any shard will do: the scheduler reads every one.
            placements.add(put(Map.of("placementId", s("plc-" + i), "specialistId", s(id),
                    "dueKey", s(dueOn + "#plc-" + i), "dueShard", s(Integer.toString(i % 4)))));
            if (i % 4 != 0) {
                expected.add("specialist#" + id + "#2026-06-10");
            }
        }
        people.add(put(Map.of("personId", s("js-gone"), "role", s("SPECIALIST"), "active", AttributeValue.fromBool(false))));
        placements.add(put(Map.of("placementId", s("plc-gone"), "specialistId", s("js-gone"),
                "dueKey", s("2026-06-01#plc-gone"), "dueShard", s("1"))));
        people.add(put(Map.of("personId", s("tl-1"), "role", s("TEAM_LEAD"), "active", AttributeValue.fromBool(true))));
        expected.add("team_lead#tl-1#2026-06-10");
        write(cloud.tableName("DirectoryTable"), people);
        write(cloud.tableName("PlacementsTable"), placements);
    }

    @Test
    void run_twiceAtOnceThenAgain_enqueuesEveryDueDigestExactlyOnce() throws Exception {
        try (ExecutorService runs = Executors.newFixedThreadPool(2)) {
            Future<RunSummary> one = runs.submit(() -> service(queue).run(WEDNESDAY));
            Future<RunSummary> two = runs.submit(() -> service(queue).run(WEDNESDAY));
            assertThat(one.get().enqueued() + two.get().enqueued()).isEqualTo(expected.size());
        }
        RunSummary third = service(queue).run(WEDNESDAY);

        assertThat(queue.digestKeys()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(third.enqueued()).isZero();
        assertThat(third.alreadyScheduled()).isEqualTo(expected.size());
        assertThat(third.specialists()).isEqualTo(SPECIALISTS);
    }

    @Test
    void run_killedPartWay_aRerunLeavesInFlightClaimsAloneUntilStaleThenCompletesTheRest() {
        // The third batch call "kills" the run: an Error skips the claim withdrawal, as a dead process would.
        ReminderQueue dying = new ReminderQueue() {
            final AtomicInteger calls = new AtomicInteger();

            @Override
            public List<ReminderMessage> send(List<ReminderMessage> batch) {
                if (calls.incrementAndGet() == 3) {
                    throw new SimulatedCrash();
                }
                return queue.send(batch);
            }
        };
        assertThatThrownBy(() -> service(dying).run(WEDNESDAY)).isInstanceOf(SimulatedCrash.class);
        int afterCrash = queue.digestKeys().size();
        assertThat(afterCrash).isLessThan(expected.size());

        clock.advance(Duration.ofMinutes(1));
        RunSummary tooSoon = service(queue).run(WEDNESDAY);
        // The claims the crash left unsent (the crashed batch's and those of the chunk still being
        // claimed) may still be on their way (another run's): left alone.
        int leftUnsent = tooSoon.alreadyScheduled() - afterCrash;
        assertThat(leftUnsent).isGreaterThanOrEqualTo(ReminderQueue.MAX_BATCH);
        assertThat(queue.digestKeys()).doesNotHaveDuplicates().hasSize(expected.size() - leftUnsent);

        clock.advance(Duration.ofMinutes(2));
        service(queue).run(WEDNESDAY);

        assertThat(queue.digestKeys()).containsExactlyInAnyOrderElementsOf(expected);
    }

    private FollowUpSchedulerService service(ReminderQueue reminderQueue) {
        return new FollowUpSchedulerService(directory, due, log, reminderQueue, WorkingDays.norway(), NO_ADDRESSES);
    }

    /** The people here have no address, so no delivery state is ever asked for. */
    private static final Suppressions NO_ADDRESSES = new Suppressions() {
        @Override
        public boolean isSuppressed(String address) {
            throw new AssertionError("the scheduler reads delivery states in batches only");
        }

        @Override
        public Set<String> suppressedAmong(Collection<String> addresses) {
            throw new AssertionError("nobody here has an address");
        }
    };

    private static final class SimulatedCrash extends Error {}

    /** The RemindersQueue plus the sender's first step: a message that arrives is claimed for sending. */
    private final class RecordingQueue implements ReminderQueue {
        final List<ReminderMessage> received = new CopyOnWriteArrayList<>();

        @Override
        public List<ReminderMessage> send(List<ReminderMessage> batch) {
            received.addAll(batch);
            batch.forEach(message -> assertThat(log.claimForSending(message)).isEqualTo(DigestSending.Claim.CLAIMED));
            return List.of();
        }

        List<String> digestKeys() {
            return received.stream().map(ReminderMessage::digestKey).toList();
        }
    }

    private static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }

    private void write(String table, List<WriteRequest> requests) {
        for (int from = 0; from < requests.size(); from += 25) {
            List<WriteRequest> chunk = requests.subList(from, Math.min(from + 25, requests.size()));
            Map<String, List<WriteRequest>> unprocessed = Map.of(table, chunk);
            while (!unprocessed.isEmpty()) {
                Map<String, List<WriteRequest>> pending = unprocessed;
                unprocessed = cloud.dynamoDb().batchWriteItem(b -> b.requestItems(pending)).unprocessedItems();
            }
        }
    }

    private static WriteRequest put(Map<String, AttributeValue> item) {
        return WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build();
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }
}
