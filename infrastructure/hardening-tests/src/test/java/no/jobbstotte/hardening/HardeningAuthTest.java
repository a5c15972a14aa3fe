package no.jobbstotte.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.jobbstotte.agreementsapi.ChainSigningKeys;
import no.jobbstotte.agreementsapi.webhook.WebhookSecret;
import no.jobbstotte.agreementsapi.webhook.WebhookSigner;
import no.jobbstotte.agreementsapi.webhook.WebhookVerifier;
import no.jobbstotte.hardening.Fixtures.Chain;
import no.jobbstotte.localcloud.LocalCloud;
import no.jobbstotte.localcloud.RepoRoot;
import no.jobbstotte.localcloud.testing.LocalCloudExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The signed agreements API refuses every request that is not provably fresh, unreplayed and
 * signed by an active secret of the chain in its path, with one and the same 401 body; a chain
 * never reads another chain's agreements (404). And signatures are compared in constant time.
 */
@Order(20)
class HardeningAuthTest {

    @RegisterExtension
    static final LocalCloudExtension CLOUD = LocalCloudExtension.fromTemplate();

    private Chain chain;
    private String base;
    private byte[] body;
    private String unauthorizedBody;

    private LocalCloud cloud() {
        return CLOUD.cloud();
    }

    @BeforeEach
    void setUp() {
        chain = Fixtures.registerChain(cloud());
        base = "/v1/chains/" + chain.chainId() + "/agreements";
        // version 0 is invalid: an authenticated request answers 422 and nothing is queued
        body = Fixtures.batch(List.of(Fixtures.agreement("a-1", 0))).getBytes(StandardCharsets.UTF_8);
        unauthorizedBody = Http.send(Http.request(cloud(), base).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))).body();
    }

    private HttpResponse<String> post(String path, byte[] sent, byte[] signedOver, String webhookId, Instant at,
            List<WebhookSecret> secrets) {
        HttpRequest.Builder request = Http.request(cloud(), path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(sent));
        return Http.send(Http.signed(request, webhookId, at, signedOver, secrets));
    }

    private HttpResponse<String> post(byte[] signedOver, String webhookId, Instant at, List<WebhookSecret> secrets) {
        return post(base, body, signedOver, webhookId, at, secrets);
    }

    private void refused(HttpResponse<String> response, String what) {
        assertThat(response.statusCode()).as(what + ": " + response.body()).isEqualTo(401);
        assertThat(Http.contentType(response)).as(what).isEqualTo("application/problem+json");
        assertThat(response.body()).as(what + ": every refusal has the same body").isEqualTo(unauthorizedBody);
        SuiteStats.REFUSALS_VERIFIED.incrementAndGet();
    }

    @Test
    void signedByActiveSecret_isAuthenticated() {
        assertThat(post(body, Http.newWebhookId(), Instant.now(), List.of(chain.secret())).statusCode()).isEqualTo(422);
    }

    @Test
    void tamperedBody_wrongSecret_staleOrFutureTimestamp_refused() {
        byte[] other = Fixtures.batch(List.of(Fixtures.agreement("a-1", 1))).getBytes(StandardCharsets.UTF_8);
        List<WebhookSecret> key = List.of(chain.secret());
        refused(post(other, Http.newWebhookId(), Instant.now(), key), "signature over other bytes (tampered body)");
        byte[] oneByteMore = (new String(body, StandardCharsets.UTF_8) + " ").getBytes(StandardCharsets.UTF_8);
        refused(post(base, oneByteMore, body, Http.newWebhookId(), Instant.now(), key), "one byte appended after signing");
        refused(post(body, Http.newWebhookId(), Instant.now(), List.of(WebhookSecret.generate(Fixtures.SECURE))), "wrong secret");
        Duration past = WebhookVerifier.TOLERANCE.plusSeconds(5);
        refused(post(body, Http.newWebhookId(), Instant.now().minus(past), key), "stale timestamp");
        refused(post(body, Http.newWebhookId(), Instant.now().plus(past), key), "future timestamp");
        assertThat(post(body, Http.newWebhookId(), Instant.now().minusSeconds(240), key).statusCode())
                .as("4 minutes old is within tolerance").isEqualTo(422);
    }

    @Test
    void replayedWebhookId_refused_evenWithFreshTimestampAndSignature() {
        String id = Http.newWebhookId();
        assertThat(post(body, id, Instant.now(), List.of(chain.secret())).statusCode()).isEqualTo(422);
        refused(post(body, id, Instant.now(), List.of(chain.secret())), "replayed webhook-id");
        refused(post(body, id, Instant.now().plusSeconds(1), List.of(chain.secret())), "replayed webhook-id, re-signed");
    }

    @Test
    void missingOrMalformedHeaders_refused() {
        String id = Http.newWebhookId();
        String ts = Long.toString(Instant.now().getEpochSecond());
        String sig = WebhookSigner.signatureHeader(id, ts, body, List.of(chain.secret()));
        Map<String, String> all = Map.of("webhook-id", id, "webhook-timestamp", ts, "webhook-signature", sig);
        for (String missing : all.keySet()) {
            HttpRequest.Builder request = Http.request(cloud(), base).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body));
            all.forEach((name, value) -> {
                if (!name.equals(missing)) {
                    request.header(name, value);
                }
            });
            refused(Http.send(request), "without " + missing);
        }
        for (String badSignature : List.of("v1", "v1,", "v2," + sig.substring(3), "v1,not-base64!", "v1,AAAA",
                sig.replace("v1,", "v1a,"))) {
            refused(Http.send(Http.request(cloud(), base).header("Content-Type", "application/json")
                    .header("webhook-id", Http.newWebhookId()).header("webhook-timestamp", ts)
                    .header("webhook-signature", badSignature).POST(HttpRequest.BodyPublishers.ofByteArray(body))),
                    "signature " + badSignature);
        }
        for (String badTimestamp : List.of("-1", "1e9", "17000000000000", ts + ".5", "abc")) {
            String fresh = Http.newWebhookId();
            refused(Http.send(Http.request(cloud(), base).header("Content-Type", "application/json")
                    .header("webhook-id", fresh).header("webhook-timestamp", badTimestamp)
                    .header("webhook-signature", WebhookSigner.signatureHeader(fresh, badTimestamp, body, List.of(chain.secret())))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))), "timestamp " + badTimestamp);
        }
    }

    @Test
    void rotation_bothSecretsWorkUntilRevoked_revokedOrExpiredSecretRefused_graceUntilRevokeTime() {
        ChainSigningKeys.Issued issued = chain.issue();
        WebhookSecret newer = issued.secret();
        assertThat(post(body, Http.newWebhookId(), Instant.now(), List.of(chain.secret(), newer)).statusCode())
                .as("two signatures while rotating").isEqualTo(422);
        assertThat(post(body, Http.newWebhookId(), Instant.now(), List.of(newer)).statusCode()).isEqualTo(422);

        assertThat(chain.repository().revoke(chain.chainId(), chain.secretId(), Instant.now().minusSeconds(1))).isTrue();
        refused(post(body, Http.newWebhookId(), Instant.now(), List.of(chain.secret())), "revoked (expired) old secret");
        assertThat(post(body, Http.newWebhookId(), Instant.now(), List.of(chain.secret(), newer)).statusCode())
                .as("old+new signature: the new one verifies").isEqualTo(422);

        assertThat(chain.repository().revoke(chain.chainId(), issued.secretId(), Instant.now().plusSeconds(3600))).isTrue();
        assertThat(post(body, Http.newWebhookId(), Instant.now(), List.of(newer)).statusCode())
                .as("a secret revoked from a future time works until then").isEqualTo(422);

        chain.repository().disable(chain.chainId());
        refused(post(body, Http.newWebhookId(), Instant.now(), List.of(newer)), "disabled chain");
    }

    @Test
    void anotherChainsIdsOrSecret_refusedOrNotFound_neverItsData() {
        Chain other = Fixtures.registerChain(cloud());
        String otherBase = "/v1/chains/" + other.chainId() + "/agreements";
        byte[] valid = Fixtures.batch(List.of(Fixtures.agreement("secret-agreement", 1))).getBytes(StandardCharsets.UTF_8);
        assertThat(post(otherBase, valid, valid, Http.newWebhookId(), Instant.now(), List.of(other.secret())).statusCode())
                .isEqualTo(202);
        await().atMost(Duration.ofSeconds(20)).until(() -> get(otherBase + "/secret-agreement", other.secret()).statusCode() == 200);

        refused(post(otherBase, body, body, Http.newWebhookId(), Instant.now(), List.of(chain.secret())),
                "our secret on another chain's path");
        refused(get(otherBase + "/secret-agreement", chain.secret()), "reading another chain with our secret");
        refused(post("/v1/chains/no-such-chain/agreements", body, body, Http.newWebhookId(), Instant.now(),
                List.of(chain.secret())), "unknown chain");
        HttpResponse<String> notOurs = get(base + "/secret-agreement", chain.secret());
        assertThat(notOurs.statusCode()).as("another chain's agreement id under our path").isEqualTo(404);
        assertThat(notOurs.body()).doesNotContain("secret-agreement\"").doesNotContain("Rema");
        HttpResponse<String> list = get(base, chain.secret());
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(Fixtures.json(list, "list").path("items")).isEmpty();
        SuiteStats.REFUSALS_VERIFIED.incrementAndGet();
        assertThat(queued("AgreementsDeadLetterQueue")).isZero();
    }

    private HttpResponse<String> get(String path, WebhookSecret secret) {
        return Http.send(Http.signed(Http.request(cloud(), path).GET(), Http.newWebhookId(), Instant.now(), new byte[0],
                List.of(secret)));
    }

    private int queued(String queue) {
        return cloud().sqs().getQueueAttributes(r -> r.queueUrl(cloud().queueUrl(queue))
                        .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES)).attributes().values().stream()
                .mapToInt(Integer::parseInt).sum();
    }

    /**
     * Constant-time comparison, checked without timing: the compiled verifier calls
     * MessageDigest.isEqual, and its source compares the HMAC with nothing else.
     */
    @Test
    void verifier_comparesSignaturesWithMessageDigestIsEqual() throws IOException {
        byte[] classFile;
        try (InputStream in = WebhookVerifier.class.getResourceAsStream("WebhookVerifier.class")) {
            assertThat(in).isNotNull();
            classFile = in.readAllBytes();
        }
        String constants = new String(classFile, StandardCharsets.ISO_8859_1);
        assertThat(constants).contains("java/security/MessageDigest").contains("isEqual");
        assertThat(constants).as("no Arrays.equals on signatures").doesNotContain("java/util/Arrays");

        Path source = RepoRoot.find().resolve("functions/agreements-api/src/main/java/no/jobbstotte/agreementsapi/webhook/WebhookVerifier.java");
        String code = Files.readString(source);
        assertThat(code).contains("MessageDigest.isEqual(expected, candidate)");
        List<String> suspicious = new ArrayList<>();
        for (String line : code.split("\n")) {
            if (line.matches(".*(expected|candidate|hmac|signature)\\w*\\s*(\\.equals\\(|==).*")
                    || line.contains("Arrays.equals") || line.contains("compareTo")) {
                suspicious.add(line.strip());
            }
        }
        assertThat(suspicious).as("variable-time comparisons in WebhookVerifier").isEmpty();
        SuiteStats.REFUSALS_VERIFIED.incrementAndGet();
    }
}
