package no.jobbstotte.agreementsapi;

import static no.jobbstotte.agreementsapi.TestApi.batch;
import static no.jobbstotte.agreementsapi.TestApi.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import no.jobbstotte.agreementsapi.table.chains.ChainRepository;
import no.jobbstotte.agreementsapi.table.chains.DynamoDbChainRepository;
import no.jobbstotte.agreementsapi.table.chains.EmployerChain;
import no.jobbstotte.agreementsapi.webhook.WebhookSecret;
import no.jobbstotte.agreementsapi.webhook.WebhookSigner;
import no.jobbstotte.localcloud.LocalCloud;
import no.jobbstotte.localcloud.events.SqsEventSource;
import no.jobbstotte.localcloud.testing.LocalCloudExtension;
import no.jobbstotte.shared.json.Json;
import no.jobbstotte.shared.secret.ManagedSecret;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The API through the local cloud's HTTP API, end to end: AgreementsSync (a test dependency)
 * consumes the queue, so a pushed batch is read back as stored.
 */
class AgreementsApiIntegrationTest {

    @RegisterExtension
    static final LocalCloudExtension cloud = LocalCloudExtension.fromTemplate();

    private static final SecureRandom RANDOM = new SecureRandom();
    private final HttpClient http = HttpClient.newHttpClient();
    private ChainRepository chains;
    private String chainId;
    private String secretId;
    private WebhookSecret secret;

    private LocalCloud cloud() {
        return cloud.cloud();
    }

    @BeforeEach
    void registerChain() {
        chains = new DynamoDbChainRepository(cloud().dynamoDb(), cloud().tableName("ChainsTable"));
        chainId = "it-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(chains.register(chainId, "Integrasjonskjeden")).isTrue();
        ChainSigningKeys.Issued issued = issue(chainId);
        secretId = issued.secretId();
        secret = issued.secret();
    }

    /** As {@code bin/chains issue-secret} does it: a new process, so the master's AWSCURRENT is read anew. */
    private ChainSigningKeys.Issued issue(String chain) {
        ManagedSecret master = new ManagedSecret(cloud().secretsManager(), cloud().secretArn("ChainSigningSecret"));
        return new ChainSigningKeys(master, chains, () -> RANDOM).issue(chain, Instant.now());
    }

    private HttpResponse<String> post(String chain, byte[] body, String contentType, String webhookId, WebhookSecret key)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/v1/chains/" + chain + "/agreements"))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (key != null) {
            String timestamp = Long.toString(Instant.now().getEpochSecond());
            request.header("webhook-id", webhookId)
                    .header("webhook-timestamp", timestamp)
                    .header("webhook-signature", WebhookSigner.sign(webhookId, timestamp, body, key));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String body, String webhookId) throws Exception {
        return post(chainId, body.getBytes(StandardCharsets.UTF_8), "application/json", webhookId, secret);
    }

    private URI uri(String path) {
        return URI.create(cloud().httpApiUrl() + path);
    }

    private static String newId() {
        return "msg_" + UUID.randomUUID();
    }

    @Test
    void push_signedBatch_isStoredBySyncAndReadableBack() throws Exception {
        HttpResponse<String> response = post(batch(item("a-1", 1), item("a-2", 1)), newId());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        assertThat(Json.newMapper().readTree(response.body()).get("results")).hasSize(2);
        for (String agreementId : new String[] {"a-1", "a-2"}) {
            JsonNode stored = await().atMost(Duration.ofSeconds(20)).until(() -> get(agreementId),
                    body -> body != null && "stored".equals(body.path("processing").path("status").asText()));
            assertThat(stored.path("version").asLong()).isEqualTo(1);
            assertThat(stored.path("agreement").path("agreementId").asText()).isEqualTo(agreementId);
        }
        assertThat(messagesIn("AgreementsDeadLetterQueue")).isZero();
    }

    @Test
    void push_loneSurrogateInOneItem_207ValidOneStoredOtherNeverAccepted() throws Exception {
        String body = batch(item("a-1", 1), item("a-2", 1).put("contactRole", "@@BAD@@"))
                .replace("@@BAD@@", "butikksjef\\ud800");

        HttpResponse<String> response = post(body, newId());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(207);
        JsonNode rejected = Json.newMapper().readTree(response.body()).get("results").get(1);
        assertThat(rejected.path("errors").get(0).path("field").asText()).isEqualTo("/items/1/contactRole");
        await().atMost(Duration.ofSeconds(20)).until(() -> get("a-1"),
                stored -> stored != null && "stored".equals(stored.path("processing").path("status").asText()));
        assertThat(get("a-2")).isNull();
        assertThat(messagesIn("AgreementsDeadLetterQueue")).isZero();
    }

    @Test
    void push_newerThenOlderVersion_keepsNewerAndOlderIsStale() throws Exception {
        assertThat(post(batch(item("a-1", 2)), newId()).statusCode()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(20)).until(() -> get("a-1"),
                body -> body != null && body.path("version").asLong() == 2);

        assertThat(post(batch(item("a-1", 1)), newId()).statusCode()).isEqualTo(202);

        // The API reports the status of the highest version pushed; the older one's own status
        // is in the table.
        await().atMost(Duration.ofSeconds(20)).until(() -> "stale".equals(statusOfVersion("a-1", 1)));
        JsonNode after = get("a-1");
        assertThat(after.path("version").asLong()).isEqualTo(2);
        assertThat(after.path("processing").path("status").asText()).isEqualTo("stored");
    }

    @Test
    void push_storedVersionWithOtherContent_422NamingTheConflict_storedOneKeptAndNothingDeadLettered() throws Exception {
        assertThat(post(batch(item("a-1", 1)), newId()).statusCode()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(20)).until(() -> get("a-1"),
                body -> body != null && "stored".equals(body.path("processing").path("status").asText()));

        HttpResponse<String> response = post(batch(item("a-1", 1).put("adaptedPositions", 9)), newId());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode error = Json.newMapper().readTree(response.body()).path("errors").get(0);
        assertThat(error.path("field").asText()).isEqualTo("/items/0/version");
        assertThat(error.path("code").asText()).isEqualTo("version_conflict");
        assertThat(messagesIn("AgreementsQueue")).isZero();
        JsonNode after = get("a-1");
        assertThat(after.path("agreement").path("adaptedPositions").asInt()).isEqualTo(4);
        assertThat(after.path("processing").path("status").asText()).isEqualTo("stored");
        assertThat(messagesIn("AgreementsDeadLetterQueue")).isZero();
    }

    /**
     * A second content of a version pushed while the first is still on the queue: the first push's
     * ACCEPTED entry holds its content, so the second is refused at once (as for a stored version),
     * nothing of it is queued, and the first is stored. Pushes that cross before either wrote its
     * entry reach the sync, which refuses the second (AgreementsSyncIntegrationTest).
     */
    @Test
    void push_secondContentOfAVersionStillOnTheQueue_422AtOnce_firstStored_nothingDeadLettered() throws Exception {
        SqsEventSource sync = cloud().sqsEventSources().stream()
                .filter(source -> source.mapping().functionId().equals("AgreementsSyncFunction")).findFirst().orElseThrow();
        sync.suspend();
        HttpResponse<String> second;
        try {
            assertThat(post(batch(item("a-1", 1)), newId()).statusCode()).isEqualTo(202);
            second = post(batch(item("a-1", 1).put("adaptedPositions", 9)), newId());
            assertThat(get("a-1").path("processing").path("status").asText()).isEqualTo("accepted");
        } finally {
            sync.resume();
        }

        assertThat(second.statusCode()).as(second.body()).isEqualTo(422);
        assertThat(Json.newMapper().readTree(second.body()).path("errors").get(0).path("code").asText())
                .isEqualTo("version_conflict");
        JsonNode stored = await().atMost(Duration.ofSeconds(20)).until(() -> get("a-1"),
                body -> body != null && "stored".equals(body.path("processing").path("status").asText()));
        await().atMost(Duration.ofSeconds(20)).until(() -> messagesIn("AgreementsQueue") == 0);

        assertThat(stored.path("agreement").path("adaptedPositions").asInt()).isEqualTo(4);
        assertThat(messagesIn("AgreementsDeadLetterQueue")).isZero();
    }

    private String statusOfVersion(String agreementId, long version) {
        Map<String, AttributeValue> item = cloud().dynamoDb().getItem(r -> r.tableName(cloud().tableName("AgreementsTable"))
                .key(Map.of("chainId", AttributeValue.fromS(chainId),
                        "sk", AttributeValue.fromS("HISTORY#" + agreementId + "#" + String.format("%016d", version))))).item();
        return item == null || !item.containsKey("status") ? null : item.get("status").s().toLowerCase(java.util.Locale.ROOT);
    }

    @Test
    void get_anotherChainsAgreement_is404() throws Exception {
        assertThat(post(batch(item("shared-id", 1)), newId()).statusCode()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(20)).until(() -> get("shared-id") != null);
        String otherChain = "it-" + UUID.randomUUID().toString().substring(0, 8);
        chains.register(otherChain, "Den andre kjeden");
        WebhookSecret otherSecret = issue(otherChain).secret();

        assertThat(signedGet(otherChain, "/v1/chains/" + otherChain + "/agreements/shared-id", otherSecret).statusCode())
                .isEqualTo(404);
    }

    /** The agreement as the chain reads it, or null while it is not there yet. */
    private JsonNode get(String agreementId) throws Exception {
        HttpResponse<String> response = signedGet(chainId, "/v1/chains/" + chainId + "/agreements/" + agreementId, secret);
        return response.statusCode() == 200 ? Json.newMapper().readTree(response.body()) : null;
    }

    private HttpResponse<String> signedGet(String chain, String path, WebhookSecret key) throws Exception {
        String id = newId();
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        return http.send(HttpRequest.newBuilder(uri(path))
                .header("webhook-id", id).header("webhook-timestamp", timestamp)
                .header("webhook-signature", WebhookSigner.sign(id, timestamp, new byte[0], key)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void push_unsignedUnknownChainWrongSecretOrDisabledChain_401SameBody() throws Exception {
        byte[] body = batch(item("a-1", 1)).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> unsigned = post(chainId, body, "application/json", null, null);
        HttpResponse<String> unknown = post("no-such-" + chainId, body, "application/json", newId(), secret);
        HttpResponse<String> wrongKey = post(chainId, body, "application/json", newId(), WebhookSecret.generate(RANDOM));
        chains.disable(chainId);
        HttpResponse<String> disabled = post(chainId, body, "application/json", newId(), secret);

        for (HttpResponse<String> response : java.util.List.of(unsigned, unknown, wrongKey, disabled)) {
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(response.body()).isEqualTo(unsigned.body());
        }
        assertThat(messagesIn("AgreementsQueue")).isZero();
    }

    @Test
    void push_revokedSecret_401_newSecretStillWorks() throws Exception {
        ChainSigningKeys.Issued newer = issue(chainId);
        assertThat(chains.revoke(chainId, secretId, Instant.now())).isTrue();
        assertThat(chains.revoke(chainId, secretId, Instant.now())).isFalse();
        byte[] invalidBatch = batch(item("a-1", 0)).getBytes(StandardCharsets.UTF_8);

        assertThat(post(chainId, invalidBatch, "application/json", newId(), secret).statusCode()).isEqualTo(401);
        assertThat(post(chainId, invalidBatch, "application/json", newId(), newer.secret()).statusCode()).isEqualTo(422);
        assertThat(chains.find(chainId).orElseThrow().activeSecrets(Instant.now()))
                .extracting(EmployerChain.Secret::secretId).containsExactly(newer.secretId());
    }

    /**
     * An operator rotates the master (put-secret-value, as README "Secrets" says): the secrets issued
     * before keep verifying from the master version they name, and one issued after comes from the
     * new version, which the already running function reads by its VersionId.
     */
    @Test
    void masterRotation_secretsIssuedBeforeAndAfterBothVerify_untilTheOldOneIsRevoked() throws Exception {
        String path = "/v1/chains/" + chainId + "/agreements";
        assertThat(signedGet(chainId, path, secret).statusCode()).isEqualTo(200);
        String arn = cloud().secretArn("ChainSigningSecret");
        String before = cloud().secretsManager().getSecretValue(r -> r.secretId(arn)).versionId();

        String after = cloud().secretsManager().putSecretValue(r -> r.secretId(arn)
                .secretString(UUID.randomUUID() + "-" + UUID.randomUUID())).versionId();
        ChainSigningKeys.Issued newer = issue(chainId);

        assertThat(chains.find(chainId).orElseThrow().secrets()).extracting(EmployerChain.Secret::masterVersion)
                .containsExactly(before, after);
        assertThat(newer.secret()).isNotEqualTo(secret);
        assertThat(signedGet(chainId, path, secret).statusCode()).isEqualTo(200);
        assertThat(signedGet(chainId, path, newer.secret()).statusCode()).isEqualTo(200);
        chains.revoke(chainId, secretId, Instant.now());
        assertThat(signedGet(chainId, path, secret).statusCode()).isEqualTo(401);
        assertThat(signedGet(chainId, path, newer.secret()).statusCode()).isEqualTo(200);
    }

    @Test
    void push_over1MB_413() throws Exception {
        byte[] big = new byte[RequestReader.MAX_BODY_BYTES + 1];
        Arrays.fill(big, (byte) ' ');

        HttpResponse<String> response = post(chainId, big, "application/json", newId(), secret);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void push_wrongContentType_415() throws Exception {
        HttpResponse<String> response = post(chainId, batch(item("a-1", 1)).getBytes(StandardCharsets.UTF_8),
                "text/plain", newId(), secret);

        assertThat(response.statusCode()).isEqualTo(415);
    }

    @Test
    void push_replayedWebhookId_401_expiredRecordCountsAsAbsent() throws Exception {
        String invalidBatch = batch(item("a-1", 0));
        String id = newId();
        assertThat(post(invalidBatch, id).statusCode()).isEqualTo(422);

        HttpResponse<String> replay = post(invalidBatch, id);

        assertThat(replay.statusCode()).isEqualTo(401);
        String expiredId = newId();
        cloud().dynamoDb().putItem(r -> r.tableName(cloud().tableName("RequestLogTable")).item(Map.of(
                "pk", AttributeValue.fromS("WEBHOOK#" + chainId + "#" + expiredId),
                "expiresAt", AttributeValue.fromN(Long.toString(Instant.now().minusSeconds(1).getEpochSecond())))));
        assertThat(post(invalidBatch, expiredId).statusCode()).isEqualTo(422);
    }

    private int messagesIn(String queue) {
        Map<QueueAttributeName, String> attributes = cloud().sqs().getQueueAttributes(r -> r.queueUrl(cloud().queueUrl(queue))
                .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                        QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).attributes();
        return attributes.values().stream().mapToInt(Integer::parseInt).sum();
    }
}
