package no.jobbstotte.shared.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import no.jobbstotte.shared.json.Json;
import no.jobbstotte.shared.validation.FieldError;

/**
 * Builds HTTP API responses. Every response carries the same security headers for a public JSON
 * API, so no handler can forget them. Bodies are {@link JsonNode} trees written by hand, so
 * serialising needs no bean introspection.
 */
public final class HttpResponses {

    public static final String JSON = "application/json";
    public static final String PROBLEM_JSON = "application/problem+json";

    private static final Map<String, String> SECURITY_HEADERS = Map.of(
            "X-Content-Type-Options", "nosniff",
            "Cache-Control", "no-store",
            "Strict-Transport-Security", "max-age=31536000; includeSubDomains",
            "Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'",
            "Referrer-Policy", "no-referrer");

    public APIGatewayV2HTTPResponse json(int status, JsonNode body) {
        return response(status, JSON, Json.write(body), Map.of());
    }

    public APIGatewayV2HTTPResponse problem(Problem problem) {
        return response(problem.status(), PROBLEM_JSON, Json.write(toJson(problem)), problem.headers());
    }

    ObjectNode toJson(Problem problem) {
        ObjectNode node = JsonNodeFactory.instance.objectNode()
                .put("type", problem.type().toString())
                .put("title", problem.title())
                .put("status", problem.status());
        if (problem.detail() != null) {
            node.put("detail", problem.detail());
        }
        if (problem.instance() != null) {
            node.put("instance", problem.instance().toString());
        }
        if (!problem.errors().isEmpty()) {
            ArrayNode errors = node.putArray("errors");
            for (FieldError error : problem.errors()) {
                errors.addObject()
                        .put("field", error.field())
                        .put("code", error.code())
                        .put("message", error.message());
            }
        }
        return node;
    }

    /** A request header by name, ignoring case: API Gateway lower-cases them, test events may not. */
    public static Optional<String> header(APIGatewayV2HTTPEvent event, String name) {
        Map<String, String> headers = event.getHeaders();
        if (headers == null) {
            return Optional.empty();
        }
        String exact = headers.get(name);
        if (exact != null) {
            return Optional.of(exact);
        }
        return headers.entrySet().stream()
                .filter(entry -> entry.getKey() != null && entry.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue)
                .filter(value -> value != null)
                .findFirst();
    }

    /**
     * The raw body bytes, decoded from base64 when API Gateway encoded it. Signatures are checked
     * over these exact bytes, so callers must not re-encode them as text first.
     *
     * @throws IllegalArgumentException if the event claims base64 but is not
     */
    public static byte[] body(APIGatewayV2HTTPEvent event) {
        String body = event.getBody();
        if (body == null) {
            return new byte[0];
        }
        return event.getIsBase64Encoded() ? Base64.getDecoder().decode(body) : body.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The body bytes of a request from the open internet, at most {@code maxBytes}.
     *
     * @throws ProblemException 400 for a body that claims base64 but is not, 413 for one too large
     */
    public static byte[] boundedBody(APIGatewayV2HTTPEvent event, int maxBytes) {
        byte[] bytes;
        try {
            bytes = body(event);
        } catch (IllegalArgumentException notBase64) {
            throw new ProblemException(Problem.badRequest("Innholdet kunne ikke leses."));
        }
        if (bytes.length > maxBytes) {
            throw new ProblemException(Problem.payloadTooLarge(maxBytes));
        }
        return bytes;
    }

    private static APIGatewayV2HTTPResponse response(
            int status, String contentType, String body, Map<String, String> extraHeaders) {
        Map<String, String> headers = new LinkedHashMap<>(SECURITY_HEADERS);
        headers.putAll(extraHeaders);
        headers.put("Content-Type", contentType);
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(status)
                .withHeaders(headers)
                .withBody(body)
                .withIsBase64Encoded(false)
                .build();
    }
}
