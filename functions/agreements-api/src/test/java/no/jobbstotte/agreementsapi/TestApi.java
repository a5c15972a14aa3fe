package no.jobbstotte.agreementsapi;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.jobbstotte.agreementsapi.Fakes.InMemoryAgreementStore;
import no.jobbstotte.agreementsapi.Fakes.InMemoryChains;
import no.jobbstotte.agreementsapi.Fakes.InMemoryRequestLog;
import no.jobbstotte.agreementsapi.Fakes.MutableClock;
import no.jobbstotte.agreementsapi.Fakes.RecordingQueue;
import no.jobbstotte.agreementsapi.table.requestlog.RequestLog;
import no.jobbstotte.agreementsapi.webhook.WebhookSecret;
import no.jobbstotte.agreementsapi.webhook.WebhookSigner;
import no.jobbstotte.agreementsapi.webhook.WebhookVerifier;
import no.jobbstotte.shared.domain.Municipalities;
import no.jobbstotte.shared.http.HttpResponses;
import no.jobbstotte.shared.json.Json;
import no.jobbstotte.shared.secret.ManagedSecret;
import no.jobbstotte.shared.table.agreements.AgreementStore;
import no.jobbstotte.shared.testing.InMemorySecretsManager;

/** The handler wired to in-memory fakes, a chain with one secret, and a builder for signed requests. */
final class TestApi {

    static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final SecureRandom RANDOM = new SecureRandom();

    final MutableClock clock = new MutableClock(NOW);
    final InMemoryAgreementStore store = new InMemoryAgreementStore();
    final InMemoryChains chains = new InMemoryChains();
    final InMemoryRequestLog requestLog = new InMemoryRequestLog();
    final RecordingQueue queue = new RecordingQueue();
    final ObjectMapper mapper = Json.newMapper();
    /** The master secret in Secrets Manager; each chain's secret is derived from it. */
    final InMemorySecretsManager secretsManager = new InMemorySecretsManager();
    final ChainSigningKeys keys = new ChainSigningKeys(new ManagedSecret(secretsManager, "chain-signing-master"), chains,
            () -> RANDOM);
    final AgreementsApiHandler handler = handler(
            new RequestAuthenticator(chains, keys, requestLog, new WebhookVerifier(clock), clock),
            new AgreementValidator(Municipalities.bundled()), store, queue, requestLog, clock);

    final String chainId = "chain-" + UUID.randomUUID().toString().substring(0, 8);
    final String secretId;
    final WebhookSecret secret;

    TestApi() {
        chains.register(chainId, "Testkjeden");
        ChainSigningKeys.Issued issued = keys.issue(chainId, NOW);
        secretId = issued.secretId();
        secret = issued.secret();
    }

    /** The handler as the component wires it, on the given collaborators. */
    static AgreementsApiHandler handler(RequestAuthenticator authenticator, AgreementValidator validator,
            AgreementStore store, QueueSender queue, RequestLog requestLog, Clock clock) {
        RequestReader reader = new RequestReader();
        AgreementsResponder responder = new AgreementsResponder(new HttpResponses());
        return new AgreementsApiHandler(reader,
                new PushAgreementsService(reader, authenticator, new Idempotency(requestLog, responder, clock), validator,
                        store, new AcceptedStatuses(store), queue, clock),
                new GetAgreementService(authenticator, store), new ListAgreementsService(reader, authenticator, store),
                responder);
    }

    /** Issues a registered chain another secret, as {@code bin/chains issue-secret} does. */
    WebhookSecret newSecret(String chain) {
        return keys.issue(chain, clock.instant()).secret();
    }

    static ObjectNode item(String agreementId, long version) {
        return JsonNodeFactory.instance.objectNode()
                .put("agreementId", agreementId)
                .put("version", version)
                .put("type", "local")
                .put("employerOrgNumber", "964951284")
                .put("unitName", "Rema 1000 Majorstuen")
                .put("municipalityNumber", "0301")
                .put("validFrom", "2024-01-01")
                .put("validTo", "2025-12-31")
                .put("adaptedPositions", 4)
                .put("contactRole", "butikksjef")
                .put("status", "active");
    }

    static String batch(JsonNode... items) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ArrayNode array = root.putArray("items");
        for (JsonNode item : items) {
            array.add(item);
        }
        return root.toString();
    }

    Request post(String body) {
        return new Request("POST", chainId, null, body.getBytes(StandardCharsets.UTF_8))
                .header("content-type", "application/json");
    }

    Request get(String agreementId) {
        return new Request("GET", chainId, agreementId, new byte[0]);
    }

    Request list() {
        return new Request("GET", chainId, null, new byte[0]);
    }

    JsonNode json(APIGatewayV2HTTPResponse response) {
        try {
            return mapper.readTree(response.getBody());
        } catch (Exception e) {
            throw new AssertionError("response body is not JSON: " + response.getBody(), e);
        }
    }

    /** A request, signed with the chain's secret at the clock's time unless told otherwise. */
    final class Request {
        final String method;
        String chain;
        final String agreementId;
        final byte[] body;
        final Map<String, String> headers = new LinkedHashMap<>();
        final Map<String, String> query = new LinkedHashMap<>();
        List<WebhookSecret> signWith = List.of(secret);
        String webhookId = "msg_" + UUID.randomUUID();
        Instant signedAt;
        byte[] signedBody;
        boolean unsigned;
        boolean base64;

        Request(String method, String chain, String agreementId, byte[] body) {
            this.method = method;
            this.chain = chain;
            this.agreementId = agreementId;
            this.body = body;
        }

        Request header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        Request query(String name, String value) {
            query.put(name, value);
            return this;
        }

        Request chain(String value) {
            chain = value;
            return this;
        }

        Request signedWith(WebhookSecret... secrets) {
            signWith = List.of(secrets);
            return this;
        }

        Request webhookId(String value) {
            webhookId = value;
            return this;
        }

        Request signedAt(Instant value) {
            signedAt = value;
            return this;
        }

        /** Signs other bytes than the ones sent, as if the body was changed on the way. */
        Request signedBody(byte[] value) {
            signedBody = value;
            return this;
        }

        /** Sends the body base64-encoded, as API Gateway does for bytes that are not text. */
        Request base64Encoded() {
            base64 = true;
            return this;
        }

        Request unsigned() {
            unsigned = true;
            return this;
        }

        APIGatewayV2HTTPEvent event() {
            Map<String, String> all = new LinkedHashMap<>(headers);
            if (!unsigned) {
                String timestamp = Long.toString((signedAt == null ? clock.instant() : signedAt).getEpochSecond());
                all.put("webhook-id", webhookId);
                all.put("webhook-timestamp", timestamp);
                all.put("webhook-signature", WebhookSigner.signatureHeader(webhookId, timestamp,
                        signedBody == null ? body : signedBody, signWith));
            }
            Map<String, String> path = new LinkedHashMap<>();
            path.put("chainId", chain);
            if (agreementId != null) {
                path.put("agreementId", agreementId);
            }
            String route = agreementId == null ? "/v1/chains/{chainId}/agreements" : "/v1/chains/{chainId}/agreements/{agreementId}";
            return APIGatewayV2HTTPEvent.builder()
                    .withVersion("2.0")
                    .withRouteKey(method + " " + route)
                    .withHeaders(all)
                    .withPathParameters(path)
                    .withQueryStringParameters(query.isEmpty() ? null : query)
                    .withBody(body.length == 0 ? null
                            : base64 ? Base64.getEncoder().encodeToString(body) : new String(body, StandardCharsets.UTF_8))
                    .withIsBase64Encoded(base64)
                    .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                            .withRequestId("req-" + UUID.randomUUID())
                            .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod(method).build())
                            .build())
                    .build();
        }

        APIGatewayV2HTTPResponse send() {
            return handler.handleRequest(event(), null);
        }
    }

    void advance(Duration duration) {
        clock.advance(duration);
    }
}
