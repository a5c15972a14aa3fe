package no.jobbstotte.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import no.jobbstotte.localcloud.LocalCloud;
import no.jobbstotte.localcloud.events.SqsEventSource;
import no.jobbstotte.shared.agreement.AgreementJson;
import no.jobbstotte.shared.agreement.AgreementMessage;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Agreement versions pushed through the signed HTTP API and stored by AgreementsSync: the calls
 * of both functions together, each unit awaited until its status is stored and the queue is empty.
 */
final class AgreementCosts {

    private static final Set<String> FUNCTIONS = Set.of("AgreementsApiFunction", "AgreementsSyncFunction");
    private static final String QUEUE = "AgreementsQueue";

    private final CallMeter meter;
    private final LocalCloud cloud;

    AgreementCosts(CallMeter meter) {
        this.meter = meter;
        this.cloud = meter.cloud();
    }

    List<UnitCost> measure() {
        meter.fresh();
        Fixtures.Chain chain = Fixtures.registerChain(cloud);
        UnitCost created = meter.measure("agreement-new", "Agreement version, new (pushed alone)", 1, FUNCTIONS,
                () -> {
                    push(chain, Fixtures.agreement("cost-a", 1));
                    awaitStatus(chain, List.of("cost-a"), 1, "STORED");
                });
        List<String> ten = IntStream.rangeClosed(1, 10).mapToObj(i -> "cost-b" + i).toList();
        UnitCost batch = meter.measure("agreement-new-in-10",
                "Agreement version, new (pushed 10 at a time), per version", ten.size(), FUNCTIONS, () -> {
                    push(chain, ten.stream().map(id -> Fixtures.agreement(id, 1)).toArray(ObjectNode[]::new));
                    awaitStatus(chain, ten, 1, "STORED");
                });
        UnitCost unchanged = meter.measure("agreement-unchanged",
                "Agreement version, unchanged (pushed again)", 1, FUNCTIONS, () -> {
                    push(chain, Fixtures.agreement("cost-a", 1));
                    awaitStatus(chain, List.of("cost-a"), 1, "STORED");
                });
        UnitCost redelivered = meter.measure("agreement-redelivered",
                "Agreement version, unchanged, reaching AgreementsSync again (redelivered)",
                1, FUNCTIONS, () -> redeliver(chain, Fixtures.agreement("cost-a", 1)));
        push(chain, Fixtures.agreement("cost-c", 2));
        awaitStatus(chain, List.of("cost-c"), 2, "STORED");
        UnitCost stale = meter.measure("agreement-stale", "Agreement version, stale (older than the stored one)", 1,
                FUNCTIONS, () -> {
                    push(chain, Fixtures.agreement("cost-c", 1));
                    awaitStatus(chain, List.of("cost-c"), 1, "STALE");
                });
        return List.of(created, batch, unchanged, redelivered, stale);
    }

    /**
     * Pushes with the sync's event source held until the push has answered, so that the API's
     * ACCEPTED entry comes before the sync reads it, as on AWS, where Lambda's poller takes longer
     * than the few milliseconds between the queue's answer and that write. In one process the two
     * race, and a sync that wins writes the entry itself (one write more, the same state after).
     */
    private void push(Fixtures.Chain chain, ObjectNode... agreements) {
        byte[] body = Fixtures.batch(List.of(agreements)).getBytes(StandardCharsets.UTF_8);
        HttpRequest.Builder request = Http.request(cloud, "/v1/chains/" + chain.chainId() + "/agreements")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body));
        SqsEventSource sync = cloud.sqsEventSources().stream()
                .filter(source -> source.mapping().functionId().equals("AgreementsSyncFunction")).findFirst().orElseThrow();
        HttpResponse<String> response;
        sync.suspend();
        try {
            response = Http.send(Http.signed(request, Http.newWebhookId(), Instant.now(), body, List.of(chain.secret())));
        } finally {
            sync.resume();
        }
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        assertThat(response.body()).doesNotContain("\"code\"");
    }

    /** The message AgreementsApi queued for this version, queued again under a new deduplication id. */
    private void redeliver(Fixtures.Chain chain, ObjectNode agreement) {
        AgreementMessage message = new AgreementMessage(AgreementJson.read(agreement.put("chainId", chain.chainId())),
                "req-" + UUID.randomUUID(), Instant.now());
        cloud.sqs().sendMessage(r -> r.queueUrl(cloud.queueUrl(QUEUE)).messageBody(message.toJson())
                .messageGroupId(message.messageGroupId()).messageDeduplicationId(UUID.randomUUID().toString()));
        meter.awaitDrained(QUEUE);
    }

    /** The versions' processing status is {@code status}, and the queue holds nothing more for the sync. */
    private void awaitStatus(Fixtures.Chain chain, List<String> agreementIds, long version, String status) {
        CallMeter.awaiting().until(() -> agreementIds.stream()
                .allMatch(id -> status.equals(status(chain, id, version))));
        meter.awaitDrained(QUEUE);
    }

    private String status(Fixtures.Chain chain, String agreementId, long version) {
        // The sort key of AgreementsTable's history entries, which carry the status (AgreementItem.historySk): the version padded to 16 digits.
        Map<String, AttributeValue> key = Map.of("chainId", AttributeValue.fromS(chain.chainId()),
                "sk", AttributeValue.fromS("HISTORY#" + agreementId + "#" + String.format("%016d", version)));
        Map<String, AttributeValue> item = cloud.dynamoDb().getItem(r -> r.tableName(cloud.tableName("AgreementsTable"))
                .consistentRead(true).key(key)).item();
        if (item == null || !item.containsKey("status")) {
            return null;
        }
        // ACCEPTED reads as STORED once the current item holds the version or a higher one (StatusRecords).
        Map<String, AttributeValue> current = cloud.dynamoDb().getItem(r -> r.tableName(cloud.tableName("AgreementsTable"))
                .consistentRead(true).key(Map.of("chainId", AttributeValue.fromS(chain.chainId()),
                        "sk", AttributeValue.fromS("AGREEMENT#" + agreementId)))).item();
        boolean held = current != null && !current.isEmpty() && Long.parseLong(current.get("version").n()) >= version;
        return "ACCEPTED".equals(item.get("status").s()) && held ? "STORED" : item.get("status").s();
    }
}
