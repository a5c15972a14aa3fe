package no.jobbstotte.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.jobbstotte.hardening.Fixtures.Chain;
import no.jobbstotte.localcloud.LocalCloud;
import no.jobbstotte.localcloud.emulator.SentEmail;
import no.jobbstotte.localcloud.testing.LocalCloudExtension;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A bounded load run against the local HTTP API: concurrent chains push signed batches (each
 * also retries one batch with the same Idempotency-Key, as after a timeout) while volunteers sign
 * up; then reconcile: every accepted agreement stored exactly once (current item and one history
 * entry), every accepted sign-up one pending volunteer and one mail.
 *
 * <p>600 agreements by default keep the suite fast on a shared 2-core machine (the local cloud
 * has one sequential poller per queue); {@code -Dhardening.load.agreements=2000} runs the full
 * size (about 50 s there).
 */
@Order(60)
class HardeningLoadTest {

    @RegisterExtension
    static final LocalCloudExtension CLOUD = LocalCloudExtension.fromTemplate();

    private static final int CLIENTS = 20;
    private static final int AGREEMENTS = Integer.getInteger("hardening.load.agreements", 600);
    private static final int BATCH = 25;
    private static final int SIGNUPS = 50;

    private LocalCloud cloud() {
        return CLOUD.cloud();
    }

    @Test
    void concurrentPushesAndSignups_everyAcceptedOneExactlyOnce() throws Exception {
        List<Chain> chains = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            chains.add(Fixtures.registerChain(cloud()));
        }
        int perClient = AGREEMENTS / CLIENTS;
        Map<String, Set<String>> accepted = new ConcurrentHashMap<>();
        Set<String> signedUp = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (Chain chain : chains) {
                work.add(pool.submit(() -> push(chain, perClient, accepted)));
            }
            for (int i = 0; i < SIGNUPS; i++) {
                String email = "last-" + i + "-" + java.util.UUID.randomUUID() + "@example.no";
                work.add(pool.submit(() -> {
                    HttpResponse<String> response = Http.send(Http.request(cloud(), "/v1/volunteers")
                            .header("Content-Type", "application/json").header("X-Forwarded-For", Http.randomIp())
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    Fixtures.signup("Last Testesen", email, "+47 912 34 567").toString())));
                    assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
                    signedUp.add(email);
                }));
            }
            for (Future<?> future : work) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        int acceptedCount = accepted.values().stream().mapToInt(Set::size).sum();
        assertThat(acceptedCount).isEqualTo(perClient * CLIENTS);
        SuiteStats.MESSAGES_SENT.addAndGet(acceptedCount + SIGNUPS);

        // Agreements: wait until every chain's partition holds its items, then count exactly.
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .until(() -> chains.stream().mapToInt(c -> count(c.chainId(), "AGREEMENT#")).sum() >= acceptedCount);
        long duplicates = 0;
        long losses = 0;
        for (Chain chain : chains) {
            Map<String, Integer> current = countByAgreement(chain.chainId(), "AGREEMENT#");
            Map<String, Integer> history = countByAgreement(chain.chainId(), "HISTORY#");
            for (String id : accepted.getOrDefault(chain.chainId(), Set.of())) {
                int c = current.getOrDefault(id, 0);
                int h = history.getOrDefault(id, 0);
                losses += (c == 0 ? 1 : 0) + (h == 0 ? 1 : 0);
                duplicates += Math.max(0, c - 1) + Math.max(0, h - 1);
            }
            duplicates += current.keySet().stream().filter(id -> !accepted.get(chain.chainId()).contains(id)).count();
        }
        // Volunteers: one pending item and one mail per accepted sign-up.
        List<SentEmail> mails = await().atMost(Duration.ofSeconds(20)).until(() -> cloud().mailbox().sent(),
                sent -> sent.stream().filter(m -> m.to().stream().anyMatch(signedUp::contains)).count() >= SIGNUPS);
        Map<String, Integer> pending = new HashMap<>();
        cloud().dynamoDb().scanPaginator(r -> r.tableName(cloud().tableName("VolunteersTable"))).items().stream()
                .filter(i -> i.get("pk").s().startsWith("VOLUNTEER#"))
                .forEach(i -> pending.merge(i.get("email").s() + "|" + i.get("status").s(), 1, Integer::sum));
        for (String email : signedUp) {
            int items = pending.getOrDefault(email + "|PENDING", 0);
            long mailCount = mails.stream().filter(m -> m.to().contains(email)).count();
            losses += (items == 0 ? 1 : 0) + (mailCount == 0 ? 1 : 0);
            duplicates += Math.max(0, items - 1) + Math.max(0, mailCount - 1);
        }
        SuiteStats.EFFECTS_OBSERVED.addAndGet(acceptedCount * 2L + SIGNUPS * 2L);
        SuiteStats.DUPLICATES.addAndGet(duplicates);
        SuiteStats.LOSSES.addAndGet(losses);
        assertThat(losses).as("accepted but not stored / not mailed").isZero();
        assertThat(duplicates).as("stored or mailed more than once").isZero();
        assertThat(cloud().sqs().receiveMessage(r -> r.queueUrl(cloud().queueUrl("AgreementsDeadLetterQueue"))).messages())
                .isEmpty();
    }

    private void push(Chain chain, int count, Map<String, Set<String>> accepted) {
        String path = "/v1/chains/" + chain.chainId() + "/agreements";
        Set<String> ids = accepted.computeIfAbsent(chain.chainId(), k -> ConcurrentHashMap.newKeySet());
        for (int start = 0; start < count; start += BATCH) {
            List<JsonNode> items = new ArrayList<>();
            for (int i = start; i < Math.min(count, start + BATCH); i++) {
                items.add(Fixtures.agreement("load-" + i, 1));
            }
            byte[] body = Fixtures.batch(items).getBytes(StandardCharsets.UTF_8);
            String key = "batch-" + start;
            HttpResponse<String> response = signedPost(path, body, key, chain);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
            if (start == 0) {
                // the client timed out and retries: same key, new webhook-id, same answer, nothing new queued
                HttpResponse<String> retry = signedPost(path, body, key, chain);
                assertThat(retry.statusCode()).isEqualTo(202);
                assertThat(retry.body()).isEqualTo(response.body());
            }
            for (JsonNode result : Fixtures.json(response, "push").path("results")) {
                if ("accepted".equals(result.path("status").asText())) {
                    ids.add(result.path("agreementId").asText());
                }
            }
        }
    }

    private HttpResponse<String> signedPost(String path, byte[] body, String idempotencyKey, Chain chain) {
        return Http.send(Http.signed(Http.request(cloud(), path).header("Content-Type", "application/json")
                        .header("Idempotency-Key", idempotencyKey).POST(HttpRequest.BodyPublishers.ofByteArray(body)),
                Http.newWebhookId(), Instant.now(), body, List.of(chain.secret())));
    }

    private int count(String chainId, String prefix) {
        return countByAgreement(chainId, prefix).values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Items of a chain's partition whose sort key starts with the prefix, per agreement id; history entries once stored. */
    private Map<String, Integer> countByAgreement(String chainId, String prefix) {
        Map<String, Integer> counts = new HashMap<>();
        cloud().dynamoDb().queryPaginator(r -> r.tableName(cloud().tableName("AgreementsTable"))
                        .keyConditionExpression("chainId = :c AND begins_with(sk, :p)")
                        .expressionAttributeValues(Map.of(":c", AttributeValue.fromS(chainId), ":p", AttributeValue.fromS(prefix)))
                        .projectionExpression("sk, contentHash"))
                // Every entry carries its version's hash (the API's ACCEPTED or the sync's); one without
                // would be an ACCEPTED from before the API wrote hashes, which no version here has.
                .items().stream().filter(item -> !prefix.equals("HISTORY#") || item.containsKey("contentHash")).forEach(item -> {
                    String rest = item.get("sk").s().substring(prefix.length());
                    String id = prefix.equals("HISTORY#") ? rest.substring(0, rest.lastIndexOf('#')) : rest;
                    counts.merge(id, 1, Integer::sum);
                });
        return counts;
    }
}
