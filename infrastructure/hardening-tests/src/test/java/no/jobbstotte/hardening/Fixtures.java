package no.jobbstotte.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import no.jobbstotte.agreementsapi.ChainSigningKeys;
import no.jobbstotte.agreementsapi.table.chains.DynamoDbChainRepository;
import no.jobbstotte.agreementsapi.webhook.WebhookSecret;
import no.jobbstotte.localcloud.LocalCloud;
import no.jobbstotte.shared.secret.ManagedSecret;

/** Test data and the response contract every hardening test checks. */
final class Fixtures {

    static final ObjectMapper MAPPER = new ObjectMapper();
    static final SecureRandom SECURE = new SecureRandom();
    static final List<String> AGREEMENT_FIELDS = List.of("agreementId", "version", "type", "employerOrgNumber", "unitName",
            "municipalityNumber", "validFrom", "validTo", "adaptedPositions", "contactRole", "status");
    static final List<String> SIGNUP_FIELDS = List.of("name", "email", "phone", "municipalityNumber", "interests",
            "availability", "message", "consent", "website", "token");

    private Fixtures() {}

    static ObjectNode agreement(String agreementId, long version) {
        return Fuzz.JSON.objectNode()
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

    static String batch(List<? extends JsonNode> items) {
        ObjectNode root = Fuzz.JSON.objectNode();
        ArrayNode array = root.putArray("items");
        items.forEach(array::add);
        return root.toString();
    }

    /** A valid sign-up with personal data the log check looks for. */
    static ObjectNode signup(String name, String email, String phone) {
        ObjectNode body = Fuzz.JSON.objectNode()
                .put("name", name)
                .put("email", email)
                .put("phone", phone)
                .put("municipalityNumber", "0301")
                .put("message", "Har helseplager jeg vil fortelle om.")
                .put("consent", "frivillig-samtykke-v1");
        body.putArray("interests").add("trips").add("social-evenings");
        body.putArray("availability").add("weekends");
        return body;
    }

    /** A registered chain with one active secret; {@link #issue()} gives it another, as {@code bin/chains} does. */
    record Chain(String chainId, String secretId, WebhookSecret secret, DynamoDbChainRepository repository,
            ChainSigningKeys keys) {
        ChainSigningKeys.Issued issue() {
            return keys.issue(chainId, Instant.now());
        }
    }

    static Chain registerChain(LocalCloud cloud) {
        DynamoDbChainRepository chains = new DynamoDbChainRepository(cloud.dynamoDb(), cloud.tableName("ChainsTable"));
        ChainSigningKeys keys = new ChainSigningKeys(
                new ManagedSecret(cloud.secretsManager(), cloud.secretArn("ChainSigningSecret")), chains, () -> SECURE);
        String chainId = "hard-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(chains.register(chainId, "Herdingskjeden")).isTrue();
        ChainSigningKeys.Issued issued = keys.issue(chainId, Instant.now());
        return new Chain(chainId, issued.secretId(), issued.secret(), chains, keys);
    }

    /**
     * The contract for bad input: never a 5xx; a 4xx is an RFC 9457 problem (status in the body
     * matching), or the volunteer HTML page when the caller asked for one.
     */
    static void checkAnswer(HttpResponse<String> response, boolean htmlAllowed, String what) {
        int status = response.statusCode();
        String type = Http.contentType(response).toLowerCase(Locale.ROOT);
        assertThat(status).as("%s: status (body %s)", what, response.body()).isBetween(200, 499);
        if (status >= 400) {
            if (htmlAllowed && type.startsWith("text/html")) {
                assertThat(response.body()).as(what).startsWith("<!doctype html>");
            } else {
                assertThat(type).as("%s: content type of a %d", what, status).isEqualTo("application/problem+json");
                JsonNode problem = json(response, what);
                assertThat(problem.path("status").asInt()).as(what).isEqualTo(status);
                assertThat(problem.path("type").asText()).as(what).startsWith("https://jobbstotte.no/problems/");
                assertThat(problem.path("title").asText()).as(what).isNotBlank();
            }
        } else if (!type.startsWith("text/html")) {
            assertThat(type).as(what).isEqualTo("application/json");
            json(response, what);
        }
    }

    static JsonNode json(HttpResponse<String> response, String what) {
        try {
            return MAPPER.readTree(response.body());
        } catch (Exception e) {
            throw new AssertionError(what + ": body is not JSON: " + response.body(), e);
        }
    }
}
