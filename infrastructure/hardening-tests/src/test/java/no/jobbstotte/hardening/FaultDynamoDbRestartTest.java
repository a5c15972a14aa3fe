package no.jobbstotte.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import no.jobbstotte.localcloud.LocalCloud;
import no.jobbstotte.localcloud.testing.FaultProxy;
import no.jobbstotte.localcloud.testing.LocalCloudExtension;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * The DynamoDB emulator killed and started again (its tables on disk) while placement events and
 * agreement versions are in flight. After recovery every placement ends as the same events
 * applied once without the restart, every agreement version has exactly one history entry, and
 * nothing reached a dead-letter queue.
 */
@Order(75)
class FaultDynamoDbRestartTest {

    @RegisterExtension
    static final LocalCloudExtension CLOUD = LocalCloudExtension.withFaultProxies();

    private static final int PLACEMENTS = 8;
    private static final int AGREEMENTS = 3;
    private static final int VERSIONS = 3;
    private static final String CHAIN = "restart-chain";

    private LocalCloud cloud() {
        return CLOUD.cloud();
    }

    @Test
    void dynamoDbRestartedMidStream_everyEventAppliedOnce_nothingLostNothingDeadLettered() {
        String specialist = "js-" + UUID.randomUUID();
        String control = "p-" + UUID.randomUUID();
        PlacementLifecycle.of(control, specialist).forEach(this::sendPlacementEvent);
        FaultSupport.awaitDrained(cloud(), "PlacementEventsQueue");
        Map<String, String> expected = PlacementLifecycle.contract(placement(control), control);

        List<String> placements = new ArrayList<>();
        List<String> agreements = new ArrayList<>();
        for (int i = 0; i < PLACEMENTS; i++) {
            placements.add("p-" + UUID.randomUUID());
        }
        for (int i = 0; i < AGREEMENTS; i++) {
            agreements.add("r-" + UUID.randomUUID().toString().substring(0, 8));
        }
        // Interleaved, so both functions are busy when DynamoDB goes away.
        for (int step = 0; step < PlacementLifecycle.EVENTS; step++) {
            for (String placement : placements) {
                sendPlacementEvent(PlacementLifecycle.of(placement, specialist).get(step));
            }
            if (step < VERSIONS) {
                for (String agreement : agreements) {
                    FaultSupport.sendAgreement(cloud(), CHAIN, agreement, step + 1);
                }
            }
        }
        int sent = PLACEMENTS * PlacementLifecycle.EVENTS + AGREEMENTS * VERSIONS;
        // Restart once the stream has visibly started taking effect, with most of it still queued.
        await().atMost(FaultSupport.WAIT).pollInterval(Duration.ofMillis(10))
                .until(() -> placements.stream().anyMatch(p -> !placement(p).isEmpty()));
        int queuedAtRestart = FaultSupport.inQueue(cloud(), "PlacementEventsQueue");
        FaultProxy dynamo = CLOUD.faults().dynamoDb();
        long refusedBefore = dynamo.upstreamFailures();
        // Down until a function's call has failed against the dead emulator: the restart hits the stream.
        CLOUD.restartDynamoDb(() -> await().atMost(FaultSupport.WAIT).pollInterval(Duration.ofMillis(10))
                .until(() -> dynamo.upstreamFailures() > refusedBefore));
        long refused = dynamo.upstreamFailures() - refusedBefore;

        FaultSupport.awaitDrained(cloud(), "PlacementEventsQueue");
        FaultSupport.awaitDrained(cloud(), "AgreementsQueue");
        int effects = 0;
        int duplicates = 0;
        int losses = 0;
        List<String> differing = new ArrayList<>();
        for (String placement : placements) {
            Map<String, String> actual = PlacementLifecycle.contract(placement(placement), placement);
            if (actual.equals(expected)) {
                effects += PlacementLifecycle.EVENTS;
            } else {
                differing.add(placement + ": " + actual);
                int revision = actual.containsKey("revision") ? Integer.parseInt(actual.get("revision").replaceAll("\\D", "")) : 0;
                effects += Math.min(revision, PlacementLifecycle.EVENTS);
                duplicates += Math.max(0, revision - PlacementLifecycle.EVENTS);
                losses += Math.max(0, PlacementLifecycle.EVENTS - revision);
            }
        }
        Map<String, Map<Long, Long>> histories = new TreeMap<>();
        for (String agreement : agreements) {
            Map<Long, Long> perVersion = new TreeMap<>();
            history(agreement).forEach(h -> perVersion.merge(Long.parseLong(h.get("version").n()), 1L, Long::sum));
            histories.put(agreement, perVersion);
            effects += perVersion.size();
            duplicates += (int) perVersion.values().stream().mapToLong(n -> n - 1).sum();
            losses += VERSIONS - perVersion.size();
        }
        List<Message> deadPlacements = FaultSupport.drainDeadLetters(cloud(), "PlacementEventsDeadLetterQueue");
        List<Message> deadAgreements = FaultSupport.drainDeadLetters(cloud(), "AgreementsDeadLetterQueue");
        FaultSupport.count(sent, effects, duplicates, losses, refused);

        assertThat(queuedAtRestart).as("events still queued when DynamoDB went down").isPositive();
        assertThat(refused).as("calls that met the dead emulator").isPositive();
        assertThat(differing).as("placements that differ from the restart-free replay").isEmpty();
        assertThat(histories.values()).as("one history entry per agreement version")
                .allSatisfy(perVersion -> assertThat(perVersion).isEqualTo(Map.of(1L, 1L, 2L, 1L, 3L, 1L)));
        assertThat(deadPlacements).isEmpty();
        assertThat(deadAgreements).isEmpty();
        assertThat(duplicates).isZero();
        assertThat(losses).isZero();
    }

    private void sendPlacementEvent(String body) {
        cloud().sqs().sendMessage(r -> r.queueUrl(cloud().queueUrl("PlacementEventsQueue")).messageBody(body));
    }

    private Map<String, AttributeValue> placement(String placementId) {
        return cloud().dynamoDb().getItem(r -> r.tableName(cloud().tableName("PlacementsTable")).consistentRead(true)
                .key(Map.of("placementId", AttributeValue.fromS(placementId)))).item();
    }

    private List<Map<String, AttributeValue>> history(String agreementId) {
        return cloud().dynamoDb().query(r -> r.tableName(cloud().tableName("AgreementsTable")).consistentRead(true)
                .keyConditionExpression("chainId = :c AND begins_with(sk, :p)")
                .expressionAttributeValues(Map.of(":c", AttributeValue.fromS(CHAIN),
                        ":p", AttributeValue.fromS("HISTORY#" + agreementId + "#")))).items();
    }
}
