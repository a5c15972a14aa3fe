package no.jobbstotte.benchmarks.driver;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import no.jobbstotte.agreementsapi.webhook.WebhookSecret;
import no.jobbstotte.localcloud.LocalCloud;
import no.jobbstotte.localcloud.demo.SignedClient;
import no.jobbstotte.shared.domain.OrganisationNumber;
import no.jobbstotte.shared.followup.event.InboundEvent;
import no.jobbstotte.shared.followup.event.PlacementEventJson;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;

/** Throughput through the local cloud's event sources, with generated data from a fixed seed. */
final class Workloads {

    record Rate(int items, long millis, long stored) {
        double perSecond() {
            return millis == 0 ? 0 : items * 1000.0 / millis;
        }
    }

    private final LocalCloud cloud;

    Workloads(LocalCloud cloud) {
        this.cloud = cloud;
    }

    /** Agreements pushed as signed batches of 100 (4 chains' worth of clients), until every row is stored. */
    Rate agreements(String chainId, WebhookSecret secret, int count, int clients) throws Exception {
        SignedClient client = new SignedClient(cloud.httpApiUrl(), secret.encoded(), Clock.systemUTC());
        Random random = new Random(42);
        List<String> bodies = new ArrayList<>();
        for (int start = 0; start < count; start += 100) {
            StringBuilder body = new StringBuilder("{\"items\":[");
            for (int i = start; i < Math.min(count, start + 100); i++) {
                body.append(i == start ? "" : ",").append(Scenarios.agreementJson(null, "tp-" + i, 1)
                        .replace(Scenarios.Seed.ORG_NUMBER, OrganisationNumber.generate(random).value()));
            }
            bodies.add(body.append("]}").toString());
        }
        long started = System.currentTimeMillis();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<HttpResponse<String>>> sent = new ArrayList<>();
            for (String body : bodies) {
                sent.add(pool.submit(() -> client.post("/v1/chains/" + chainId + "/agreements", body)));
            }
            for (Future<HttpResponse<String>> f : sent) {
                HttpResponse<String> response = f.get();
                if (response.statusCode() != 202) {
                    throw new IllegalStateException("push answered " + response.statusCode() + ": " + response.body());
                }
            }
        } finally {
            pool.shutdown();
        }
        awaitDrained("AgreementsQueue", Duration.ofMinutes(30));
        long millis = System.currentTimeMillis() - started;
        return new Rate(count, millis, countAgreements(chainId, "AGREEMENT#tp-"));
    }

    /** Events sent to the placement-events queue in batches of 10 by {@code senders} threads, until it is drained. */
    Rate placementEvents(List<InboundEvent> events, int senders) throws Exception {
        String queue = cloud.queueUrl("PlacementEventsQueue");
        List<List<InboundEvent>> batches = new ArrayList<>();
        for (int i = 0; i < events.size(); i += 10) {
            batches.add(events.subList(i, Math.min(events.size(), i + 10)));
        }
        long started = System.currentTimeMillis();
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        AtomicLong failed = new AtomicLong();
        try {
            List<Future<?>> sent = new ArrayList<>();
            for (List<InboundEvent> batch : batches) {
                sent.add(pool.submit(() -> {
                    List<SendMessageBatchRequestEntry> entries = new ArrayList<>();
                    for (int i = 0; i < batch.size(); i++) {
                        entries.add(SendMessageBatchRequestEntry.builder().id("e" + i)
                                .messageBody(PlacementEventJson.write(batch.get(i))).build());
                    }
                    failed.addAndGet(cloud.sqs().sendMessageBatch(r -> r.queueUrl(queue).entries(entries)).failed().size());
                }));
            }
            for (Future<?> f : sent) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        if (failed.get() > 0) {
            throw new IllegalStateException(failed.get() + " placement events were not sent");
        }
        awaitDrained("PlacementEventsQueue", Duration.ofMinutes(60));
        long millis = System.currentTimeMillis() - started;
        return new Rate(events.size(), millis, countItems(cloud.tableName("PlacementsTable"), "placementId", "scale-plc-"));
    }

    void awaitDrained(String queueLogicalId, Duration timeout) throws InterruptedException {
        String url = cloud.queueUrl(queueLogicalId);
        Instant deadline = Instant.now().plus(timeout);
        int quiet = 0;
        while (quiet < 2) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(queueLogicalId + " not drained within " + timeout);
            }
            Map<String, String> attributes = cloud.sqs().getQueueAttributes(r -> r.queueUrl(url)
                    .attributeNamesWithStrings("ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible"))
                    .attributesAsStrings();
            quiet = attributes.values().stream().allMatch("0"::equals) ? quiet + 1 : 0;
            Thread.sleep(quiet == 0 ? 250 : 100);
        }
    }

    long countAgreements(String chainId, String prefix) {
        long count = 0;
        Map<String, AttributeValue> start = null;
        do {
            QueryRequest.Builder request = QueryRequest.builder().tableName(cloud.tableName("AgreementsTable"))
                    .keyConditionExpression("chainId = :c AND begins_with(sk, :p)").select("COUNT")
                    .expressionAttributeValues(Map.of(":c", AttributeValue.fromS(chainId), ":p", AttributeValue.fromS(prefix)));
            if (start != null) {
                request.exclusiveStartKey(start);
            }
            var response = cloud.dynamoDb().query(request.build());
            count += response.count();
            start = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty() ? response.lastEvaluatedKey() : null;
        } while (start != null);
        return count;
    }

    /** Items whose {@code attribute} begins with {@code prefix}. */
    long countItems(String table, String attribute, String prefix) {
        long count = 0;
        Map<String, AttributeValue> start = null;
        do {
            ScanRequest.Builder request = ScanRequest.builder().tableName(table).select("COUNT")
                    .filterExpression("begins_with(#a, :p)").expressionAttributeNames(Map.of("#a", attribute))
                    .expressionAttributeValues(Map.of(":p", AttributeValue.fromS(prefix)));
            if (start != null) {
                request.exclusiveStartKey(new HashMap<>(start));
            }
            var response = cloud.dynamoDb().scan(request.build());
            count += response.count();
            start = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty() ? response.lastEvaluatedKey() : null;
        } while (start != null);
        return count;
    }
}
