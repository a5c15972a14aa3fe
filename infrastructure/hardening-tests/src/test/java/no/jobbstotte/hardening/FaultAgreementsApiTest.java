package no.jobbstotte.hardening;

import static no.jobbstotte.localcloud.testing.FaultProxy.bodyContains;
import static no.jobbstotte.localcloud.testing.FaultProxy.operation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.jobbstotte.localcloud.LocalCloud;
import no.jobbstotte.localcloud.testing.Fault;
import no.jobbstotte.localcloud.testing.LocalCloudExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * AgreementsApi while SQS refuses its sends: the chain gets 503, GET never says "accepted" for a
 * version that is not on the queue, and the retry with the same Idempotency-Key stores everything.
 */
@Order(77)
class FaultAgreementsApiTest {

    @RegisterExtension
    static final LocalCloudExtension CLOUD = LocalCloudExtension.withFaultProxies();

    private Fixtures.Chain chain;

    private LocalCloud cloud() {
        return CLOUD.cloud();
    }

    @BeforeEach
    void registerChain() {
        chain = Fixtures.registerChain(cloud());
    }

    @Test
    void queueDown_503AndGetShowsNoAcceptedStatus_retryStoresIt() {
        String id = "down-" + UUID.randomUUID().toString().substring(0, 8);
        String body = Fixtures.batch(List.of(Fixtures.agreement(id, 1)));
        // More failures than the SDK's own retries: the send fails for good this time.
        Fault outage = CLOUD.faults().sqs().failUntilDisarmed(operation("SendMessageBatch"), 500, "InternalError");

        HttpResponse<String> failed = push(body, "retry-" + id);

        assertThat(failed.statusCode()).as(failed.body()).isEqualTo(503);
        assertThat(failed.headers().firstValue("Retry-After")).isPresent();
        assertThat(get(id).statusCode()).as("no status for a version that never reached the queue").isEqualTo(404);
        outage.disarm();

        assertThat(push(body, "retry-" + id).statusCode()).isEqualTo(202);
        awaitStatus(id, "stored");
        assertThat(FaultSupport.drainDeadLetters(cloud(), "AgreementsDeadLetterQueue")).isEmpty();
    }

    /** Eleven items go out in two calls of ten and one; the second fails, so only the first ten are accepted. */
    @Test
    void secondSendFails_503AndOnlyTheQueuedItemsShowAccepted_retryStoresTheRest() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<ObjectNode> items = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            items.add(Fixtures.agreement("early-" + i + "-" + run, 1));
        }
        String late = "late-" + run;
        items.add(Fixtures.agreement(late, 1));
        String body = Fixtures.batch(items);
        Fault outage = CLOUD.faults().sqs().failUntilDisarmed(operation("SendMessageBatch").and(bodyContains(late)),
                500, "InternalError");

        HttpResponse<String> failed = push(body, "mixed-" + run);

        assertThat(failed.statusCode()).as(failed.body()).isEqualTo(503);
        assertThat(get(late).statusCode()).as("the unqueued item shows no status").isEqualTo(404);
        for (int i = 0; i < 10; i++) {
            // queued, so accepted, or already stored by AgreementsSync
            assertThat(status("early-" + i + "-" + run)).isIn("accepted", "stored");
        }
        outage.disarm();

        assertThat(push(body, "mixed-" + run).statusCode()).isEqualTo(202);
        awaitStatus(late, "stored");
        assertThat(FaultSupport.drainDeadLetters(cloud(), "AgreementsDeadLetterQueue")).isEmpty();
    }

    private HttpResponse<String> push(String body, String idempotencyKey) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        HttpRequest.Builder request = Http.request(cloud(), "/v1/chains/" + chain.chainId() + "/agreements")
                .header("Content-Type", "application/json").header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes));
        return Http.send(Http.signed(request, Http.newWebhookId(), Instant.now(), bytes, List.of(chain.secret())));
    }

    private HttpResponse<String> get(String agreementId) {
        HttpRequest.Builder request = Http.request(cloud(), "/v1/chains/" + chain.chainId() + "/agreements/" + agreementId)
                .GET();
        return Http.send(Http.signed(request, Http.newWebhookId(), Instant.now(), new byte[0], List.of(chain.secret())));
    }

    /** The processing status GET shows, or null while there is none. */
    private String status(String agreementId) {
        HttpResponse<String> response = get(agreementId);
        if (response.statusCode() == 404) {
            return null;
        }
        JsonNode body = Fixtures.json(response, "GET " + agreementId);
        return body.path("processing").path("status").asText(null);
    }

    private void awaitStatus(String agreementId, String expected) {
        await().atMost(FaultSupport.WAIT).until(() -> expected.equals(status(agreementId)));
    }
}
