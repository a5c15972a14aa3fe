package no.jobbstotte.hardening;

import static no.jobbstotte.localcloud.testing.FaultProxy.bodyContains;
import static no.jobbstotte.localcloud.testing.FaultProxy.operation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import no.jobbstotte.localcloud.LocalCloud;
import no.jobbstotte.localcloud.testing.Fault;
import no.jobbstotte.localcloud.testing.FaultProxy;
import no.jobbstotte.localcloud.testing.LocalCloudExtension;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * PlacementEvents under DynamoDB faults: injected conditional-check failures (before the write,
 * as a lost race; and after it, as a write whose success the function never heard of), dropped
 * connections, and DynamoDB unreachable for a while. The faulted placement must end exactly as
 * the same events replayed without faults; nothing may reach the dead-letter queue.
 */
@Order(71)
class FaultPlacementEventsTest {

    @RegisterExtension
    static final LocalCloudExtension CLOUD = LocalCloudExtension.withFaultProxies();

    private static final String CONDITIONAL = "com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException";

    private LocalCloud cloud() {
        return CLOUD.cloud();
    }

    @Test
    void shuffledDuplicatedEvents_conditionalFailuresAndDroppedConnections_endAsTheFaultFreeReplay() {
        String specialist = "js-" + UUID.randomUUID();
        String control = "p-" + UUID.randomUUID();
        String faulted = "p-" + UUID.randomUUID();
        List<String> deliveries = new ArrayList<>(PlacementLifecycle.of(faulted, specialist));
        deliveries.addAll(PlacementLifecycle.of(faulted, specialist));
        Collections.shuffle(deliveries, new Random(20261125L));
        FaultProxy dynamo = CLOUD.faults().dynamoDb();
        var lostRaces = dynamo.failNext(3, operation("PutItem").and(bodyContains(faulted)), 400, CONDITIONAL);
        var unheardWrites = dynamo.failNextAfterEffect(2, operation("PutItem").and(bodyContains(faulted)), 400, CONDITIONAL);
        var droppedBefore = dynamo.dropNext(1, operation("GetItem").and(bodyContains(faulted)), Fault.Timing.BEFORE);
        var droppedAfter = dynamo.dropNext(1, operation("PutItem").and(bodyContains(faulted)), Fault.Timing.AFTER);

        PlacementLifecycle.of(control, specialist).forEach(this::send);
        deliveries.forEach(this::send);

        FaultSupport.awaitDrained(cloud(), "PlacementEventsQueue");
        Map<String, String> expected = PlacementLifecycle.contract(placement(control), control);
        Map<String, String> actual = PlacementLifecycle.contract(placement(faulted), faulted);
        List<?> dead = FaultSupport.drainDeadLetters(cloud(), "PlacementEventsDeadLetterQueue");
        boolean same = actual.equals(expected);
        FaultSupport.count(5 + deliveries.size(), 2, 0, same ? 0 : 1, dynamo.injected());

        assertThat(List.of(lostRaces, unheardWrites, droppedBefore, droppedAfter)).allMatch(Fault::spent);
        assertThat(actual).isEqualTo(expected);
        assertThat(actual.get("revision")).contains("5");
        assertThat(dead).isEmpty();
    }

    @Test
    void dynamoDbUnreachableForAWhile_eventsAppliedOnceWhenItIsBack() {
        String specialist = "js-" + UUID.randomUUID();
        String control = "p-" + UUID.randomUUID();
        String faulted = "p-" + UUID.randomUUID();
        PlacementLifecycle.of(control, specialist).forEach(this::send);
        FaultSupport.awaitDrained(cloud(), "PlacementEventsQueue");
        FaultProxy dynamo = CLOUD.faults().dynamoDb();
        int logStart = FaultSupport.logMark();

        dynamo.goDown();
        List<String> events = PlacementLifecycle.of(faulted, specialist);
        events.forEach(this::send);
        // Down until every event has failed at least once (and so is waiting for redelivery).
        await().atMost(FaultSupport.WAIT).pollInterval(Duration.ofMillis(50)).until(() ->
                FaultSupport.logSince(logStart).split("message failed; it will be retried", -1).length - 1 >= events.size());
        dynamo.comeBack();

        FaultSupport.awaitDrained(cloud(), "PlacementEventsQueue");
        Map<String, String> expected = PlacementLifecycle.contract(placement(control), control);
        Map<String, String> actual = PlacementLifecycle.contract(placement(faulted), faulted);
        List<?> dead = FaultSupport.drainDeadLetters(cloud(), "PlacementEventsDeadLetterQueue");
        FaultSupport.count(10, 2, 0, actual.equals(expected) ? 0 : 1, 0);

        assertThat(FaultSupport.logSince(logStart)).as("DynamoDB was unreachable").contains("java.net.ConnectException");
        assertThat(actual).isEqualTo(expected);
        assertThat(dead).as("an outage shorter than the retries loses nothing to the DLQ").isEmpty();
    }

    private void send(String body) {
        cloud().sqs().sendMessage(r -> r.queueUrl(cloud().queueUrl("PlacementEventsQueue")).messageBody(body));
    }

    private Map<String, AttributeValue> placement(String placementId) {
        return cloud().dynamoDb().getItem(r -> r.tableName(cloud().tableName("PlacementsTable")).consistentRead(true)
                .key(Map.of("placementId", AttributeValue.fromS(placementId)))).item();
    }
}
