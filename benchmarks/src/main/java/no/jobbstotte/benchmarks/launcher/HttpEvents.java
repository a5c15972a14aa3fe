package no.jobbstotte.benchmarks.launcher;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Payload format 2.0, as the local cloud's HTTP API builds it: {@code method}, {@code path},
 * {@code routeKey}, {@code sourceIp}, {@code body}, and {@code header.X}, {@code path.X},
 * {@code query.X} lines.
 */
final class HttpEvents {

    private HttpEvents() {}

    static APIGatewayV2HTTPEvent build(Map<String, String> single, List<String[]> all) {
        Map<String, String> headers = new HashMap<>();
        Map<String, String> pathParameters = new HashMap<>();
        Map<String, String> query = new HashMap<>();
        for (String[] kv : all) {
            if (kv[0].startsWith("header.")) {
                headers.put(kv[0].substring(7), kv[1]);
            } else if (kv[0].startsWith("path.")) {
                pathParameters.put(kv[0].substring(5), kv[1]);
            } else if (kv[0].startsWith("query.")) {
                query.put(kv[0].substring(6), kv[1]);
            }
        }
        long now = System.currentTimeMillis();
        String method = single.get("method");
        String path = single.get("path");
        StringBuilder rawQuery = new StringBuilder();
        query.forEach((k, v) -> rawQuery.append(rawQuery.isEmpty() ? "" : "&").append(k).append('=').append(v));
        return APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0")
                .withRouteKey(single.get("routeKey"))
                .withRawPath(path)
                .withRawQueryString(rawQuery.toString())
                .withHeaders(headers)
                .withQueryStringParameters(query.isEmpty() ? null : query)
                .withPathParameters(pathParameters.isEmpty() ? null : pathParameters)
                .withBody(single.get("body"))
                .withIsBase64Encoded(false)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withAccountId("000000000000")
                        .withApiId("local")
                        .withDomainName("127.0.0.1")
                        .withDomainPrefix("local")
                        .withRequestId("bench-" + now)
                        .withRouteKey(single.get("routeKey"))
                        .withStage("$default")
                        .withTimeEpoch(now)
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                                .withMethod(method)
                                .withPath(path)
                                .withProtocol("HTTP/1.1")
                                .withSourceIp(single.getOrDefault("sourceIp", "127.0.0.1"))
                                .withUserAgent(headers.get("user-agent"))
                                .build())
                        .build())
                .build();
    }
}
