package no.jobbstotte.hardening;

import static no.jobbstotte.localcloud.testing.FaultProxy.operation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import no.jobbstotte.localcloud.LocalCloud;
import no.jobbstotte.localcloud.RepoRoot;
import no.jobbstotte.localcloud.events.SqsEventSource;
import no.jobbstotte.localcloud.testing.FaultProxy;
import no.jobbstotte.localcloud.testing.LocalCloudExtension;
import no.jobbstotte.localcloud.testing.SqsConsumerProcess;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * A real crash mid-batch: PlacementEvents runs in a JVM of its own, takes one batch of ten events
 * off the queue, and is killed (SIGKILL) the moment its first write has gone through. The batch
 * comes back after the queue's visibility timeout and the local cloud's own consumer applies it:
 * each event exactly once, nothing dead-lettered.
 */
@Order(76)
class FaultProcessCrashTest {

    @RegisterExtension
    static final LocalCloudExtension CLOUD = LocalCloudExtension.withFaultProxies();

    private static final String FUNCTION = "PlacementEventsFunction";
    private static final String QUEUE = "PlacementEventsQueue";
    /** The queue's visibility timeout for this test: the crashed batch's wait before redelivery. */
    private static final String SHORT_VISIBILITY = "2";

    private LocalCloud cloud() {
        return CLOUD.cloud();
    }

    @Test
    void consumerKilledAfterTheFirstWriteOfItsBatch_batchRedeliveredAndAppliedExactlyOnce() throws Exception {
        String specialist = "js-" + UUID.randomUUID();
        String control = "p-" + UUID.randomUUID();
        PlacementLifecycle.of(control, specialist).forEach(this::send);
        FaultSupport.awaitDrained(cloud(), QUEUE);
        Map<String, String> expected = PlacementLifecycle.contract(placement(control), control);
        List<String> placements = List.of("p-" + UUID.randomUUID(), "p-" + UUID.randomUUID());
        FaultProxy dynamo = CLOUD.faults().dynamoDb();
        SqsEventSource source = cloud().sqsEventSources().stream()
                .filter(s -> s.mapping().functionId().equals(FUNCTION)).findFirst().orElseThrow();
        String url = cloud().queueUrl(QUEUE);
        String visibility = cloud().sqs().getQueueAttributes(r -> r.queueUrl(url)
                .attributeNames(QueueAttributeName.VISIBILITY_TIMEOUT)).attributes().get(QueueAttributeName.VISIBILITY_TIMEOUT);
        Path log = RepoRoot.find().resolve("infrastructure/hardening-tests/target/crash/consumer-" + UUID.randomUUID() + ".log");
        AtomicReference<Process> consumer = new AtomicReference<>();
        // Filled by the proxy's thread right after the kill, read here once it is complete.
        List<Map<String, AttributeValue>> atCrash = new CopyOnWriteArrayList<>();
        Process process;

        // The local cloud's consumer stands aside so the batch goes to the process we kill; the
        // queue's own visibility timeout (180 s in the template) is shortened for this test's cloud.
        source.suspend();
        try {
            cloud().sqs().setQueueAttributes(r -> r.queueUrl(url)
                    .attributes(Map.of(QueueAttributeName.VISIBILITY_TIMEOUT, SHORT_VISIBILITY)));
            for (int step = 0; step < PlacementLifecycle.EVENTS; step++) {
                for (String placement : placements) {
                    send(PlacementLifecycle.of(placement, specialist).get(step));
                }
            }
            var crash = dynamo.onEffect(operation("PutItem").and(r -> placements.stream().anyMatch(r.body()::contains)), () -> {
                consumer.get().destroyForcibly();
                try {
                    consumer.get().waitFor(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                placements.forEach(p -> atCrash.add(placement(p)));
            });
            process = SqsConsumerProcess.start(cloud(), FUNCTION, log);
            consumer.set(process);
            assertThat(process.waitFor(FaultSupport.WAIT.toSeconds(), TimeUnit.SECONDS)).as("the consumer process ended").isTrue();
            assertThat(crash.spent()).as("killed by the test after its first write, not ended on its own").isTrue();
            await().atMost(FaultSupport.WAIT).until(() -> atCrash.size() == placements.size());
        } finally {
            cloud().sqs().setQueueAttributes(r -> r.queueUrl(url).attributes(Map.of(QueueAttributeName.VISIBILITY_TIMEOUT, visibility)));
            source.resume();
        }
        int inFlightAfterCrash = FaultSupport.inQueue(cloud(), QUEUE);

        FaultSupport.awaitDrained(cloud(), QUEUE);
        int effects = 0;
        int duplicates = 0;
        int losses = 0;
        List<String> differing = new ArrayList<>();
        for (String placement : placements) {
            Map<String, String> actual = PlacementLifecycle.contract(placement(placement), placement);
            int revision = actual.containsKey("revision") ? Integer.parseInt(actual.get("revision").replaceAll("\\D", "")) : 0;
            effects += Math.min(revision, PlacementLifecycle.EVENTS);
            duplicates += Math.max(0, revision - PlacementLifecycle.EVENTS);
            losses += Math.max(0, PlacementLifecycle.EVENTS - revision);
            if (!actual.equals(expected)) {
                differing.add(placement + ": " + actual);
            }
        }
        List<?> dead = FaultSupport.drainDeadLetters(cloud(), "PlacementEventsDeadLetterQueue");
        FaultSupport.count(placements.size() * PlacementLifecycle.EVENTS, effects, duplicates, losses, 1);

        assertThat(process.exitValue()).as("SIGKILL").isEqualTo(137);
        assertThat(Files.readString(log)).as("the process took the whole batch")
                .contains("consumer process received a batch").contains("\"messages\":10")
                .doesNotContain("consumer process finished its batch");
        assertThat(atCrash.stream().filter(item -> !item.isEmpty()).count()).as("placements written when it died").isEqualTo(1);
        assertThat(inFlightAfterCrash).as("the batch was still on the queue after the crash").isEqualTo(10);
        assertThat(differing).as("placements that differ from the crash-free replay").isEmpty();
        assertThat(dead).isEmpty();
        assertThat(duplicates).isZero();
        assertThat(losses).isZero();
    }

    private void send(String body) {
        cloud().sqs().sendMessage(r -> r.queueUrl(cloud().queueUrl(QUEUE)).messageBody(body));
    }

    private Map<String, AttributeValue> placement(String placementId) {
        return cloud().dynamoDb().getItem(r -> r.tableName(cloud().tableName("PlacementsTable")).consistentRead(true)
                .key(Map.of("placementId", AttributeValue.fromS(placementId)))).item();
    }
}
