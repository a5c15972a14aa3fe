package no.jobbstotte.hardening;

import static no.jobbstotte.localcloud.testing.FaultProxy.bodyContains;
import static no.jobbstotte.localcloud.testing.FaultProxy.operation;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.jobbstotte.localcloud.LocalCloud;
import no.jobbstotte.localcloud.testing.Fault;
import no.jobbstotte.localcloud.testing.FaultProxy;
import no.jobbstotte.localcloud.testing.LocalCloudExtension;
import no.jobbstotte.shared.agreement.ProcessingStatus;
import no.jobbstotte.shared.table.agreements.DynamoDbAgreementStore;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * AgreementsSync under DynamoDB faults: throttling, a write that took effect but answered 500 (as
 * if the function died right after it), and one agreement's writes failing long enough that the
 * SDK gives up and SQS redelivers. After recovery every version has exactly one history entry.
 */
@Order(70)
class FaultAgreementsSyncTest {

    @RegisterExtension
    static final LocalCloudExtension CLOUD = LocalCloudExtension.withFaultProxies();

    private static final String CHAIN = "fault-chain";

    private LocalCloud cloud() {
        return CLOUD.cloud();
    }

    @Test
    void tenVersionsOfThreeAgreements_throttledAndFailedWrites_exactlyOneHistoryEntryEachAndCurrentIsHighest() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String a = "a-" + run;
        String b = "b-" + run;
        String c = "c-" + run;
        // Per agreement, in queue order; a version after a higher one is STALE.
        Map<String, List<Integer>> order = new LinkedHashMap<>();
        order.put(a, List.of(1, 3, 2, 4));
        order.put(b, List.of(2, 1, 3));
        order.put(c, List.of(1, 2, 3));
        FaultProxy dynamo = CLOUD.faults().dynamoDb();
        int logStart = FaultSupport.logMark();
        // Throttling the SDK rides out; an ambiguous failure (written, then 500); and b's writes
        // failing more often than the SDK retries, so the handler reports b and SQS redelivers it.
        var throttled = dynamo.failNext(3, operation("PutItem"), 400,
                "com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException");
        var ambiguous = dynamo.failNextAfterEffect(2, operation("PutItem").and(bodyContains(a)), 500, "InternalServerError");
        var longOutage = dynamo.failNext(12, operation("PutItem").and(bodyContains(b)), 500, "InternalServerError");
        var dropped = dynamo.dropNext(1, operation("UpdateItem").and(bodyContains(c)), Fault.Timing.AFTER);

        int sent = 0;
        for (var entry : order.entrySet()) {
            for (int version : entry.getValue()) {
                FaultSupport.sendAgreement(cloud(), CHAIN, entry.getKey(), version);
                sent++;
            }
        }

        FaultSupport.awaitDrained(cloud(), "AgreementsQueue");
        DynamoDbAgreementStore store = new DynamoDbAgreementStore(cloud().dynamoDb(), cloud().tableName("AgreementsTable"));
        int effects = 0;
        int duplicates = 0;
        int losses = 0;
        for (var entry : order.entrySet()) {
            String agreementId = entry.getKey();
            int highest = 0;
            for (int version : entry.getValue()) {
                ProcessingStatus expected = version < highest ? ProcessingStatus.STALE : ProcessingStatus.STORED;
                highest = Math.max(highest, version);
                assertThat(status(agreementId, version)).as("%s v%d", agreementId, version).isEqualTo(expected.name());
            }
            List<Map<String, AttributeValue>> history = history(agreementId);
            Map<Long, Long> perVersion = new java.util.TreeMap<>();
            history.forEach(h -> perVersion.merge(Long.parseLong(h.get("version").n()), 1L, Long::sum));
            duplicates += (int) perVersion.values().stream().mapToLong(n -> n - 1).sum();
            losses += entry.getValue().size() - perVersion.size();
            effects += perVersion.size();
            assertThat(perVersion.keySet()).as("history of %s", agreementId)
                    .containsExactlyInAnyOrderElementsOf(entry.getValue().stream().map(Integer::longValue).toList());
            assertThat(perVersion.values()).as("one history entry per version").allMatch(n -> n == 1);
            assertThat(store.current(CHAIN, agreementId).orElseThrow().agreement().version())
                    .as("current of %s", agreementId).isEqualTo(highest);
        }
        List<?> dead = FaultSupport.drainDeadLetters(cloud(), "AgreementsDeadLetterQueue");
        FaultSupport.count(sent, effects, duplicates, losses, dynamo.injected());

        assertThat(throttled.spent()).as("throttling struck").isTrue();
        assertThat(ambiguous.spent()).as("ambiguous failures struck").isTrue();
        assertThat(longOutage.spent()).as("b's outage struck").isTrue();
        assertThat(dropped.spent()).as("dropped connection struck").isTrue();
        assertThat(FaultSupport.logSince(logStart)).as("b outlasted the SDK's retries, so SQS redelivered it")
                .contains("message failed; it will be retried");
        assertThat(dead).as("dead letters").isEmpty();
        assertThat(duplicates).isZero();
        assertThat(losses).isZero();
    }

    private List<Map<String, AttributeValue>> history(String agreementId) {
        return cloud().dynamoDb().query(r -> r.tableName(cloud().tableName("AgreementsTable")).consistentRead(true)
                .keyConditionExpression("chainId = :c AND begins_with(sk, :p)")
                .expressionAttributeValues(Map.of(":c", AttributeValue.fromS(CHAIN),
                        ":p", AttributeValue.fromS("HISTORY#" + agreementId + "#")))).items();
    }

    private String status(String agreementId, int version) {
        var item = cloud().dynamoDb().getItem(r -> r.tableName(cloud().tableName("AgreementsTable")).consistentRead(true)
                .key(Map.of("chainId", AttributeValue.fromS(CHAIN), "sk",
                        AttributeValue.fromS("HISTORY#" + agreementId + "#" + String.format("%016d", version))))).item();
        if (!item.containsKey("status")) {
            return "(none)";
        }
        // ACCEPTED reads as STORED once the current item holds the version or a higher one (StatusRecords).
        var currentItem = cloud().dynamoDb().getItem(r -> r.tableName(cloud().tableName("AgreementsTable")).consistentRead(true)
                .key(Map.of("chainId", AttributeValue.fromS(CHAIN), "sk", AttributeValue.fromS("AGREEMENT#" + agreementId))))
                .item();
        boolean current = !currentItem.isEmpty() && Long.parseLong(currentItem.get("version").n()) >= version;
        return "ACCEPTED".equals(item.get("status").s()) && current ? "STORED" : item.get("status").s();
    }
}
