package no.jobbstotte.agreementsapi;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One HTTP request to the agreements API, without Lambda types: header names lower-cased, the body
 * as the exact bytes received (signatures are over these).
 *
 * @param agreementId the path's agreement id, or null on the collection routes
 * @param requestId API Gateway's request id, carried into queue messages for tracing
 */
public record ApiRequest(String method, String chainId, String agreementId, Map<String, String> headers,
        Map<String, String> query, byte[] body, String requestId) {

    public ApiRequest {
        headers = headers.entrySet().stream()
                .filter(e -> e.getKey() != null && e.getValue() != null)
                .collect(Collectors.toUnmodifiableMap(e -> e.getKey().toLowerCase(Locale.ROOT), Map.Entry::getValue,
                        (a, b) -> a + "," + b));
        query = Map.copyOf(query);
        body = body.clone();
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    /** Sizes and ids only: bodies and signatures stay out of logs and exception messages. */
    @Override
    public String toString() {
        return "ApiRequest[" + method + " chainId=" + chainId + " agreementId=" + agreementId + " bodyBytes="
                + body.length + " requestId=" + requestId + "]";
    }
}
