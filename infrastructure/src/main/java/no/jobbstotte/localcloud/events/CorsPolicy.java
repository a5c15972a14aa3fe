package no.jobbstotte.localcloud.events;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** An HTTP API's {@code CorsConfiguration}, applied by the gateway as API Gateway does. */
public record CorsPolicy(List<String> allowOrigins, List<String> allowMethods, List<String> allowHeaders, int maxAgeSeconds) {

    @SuppressWarnings("unchecked")
    public static Optional<CorsPolicy> from(Object configuration) {
        if (!(configuration instanceof Map<?, ?> map)) {
            return Optional.empty();
        }
        return Optional.of(new CorsPolicy(
                strings(map.get("AllowOrigins")), strings(map.get("AllowMethods")), strings(map.get("AllowHeaders")),
                map.get("MaxAge") instanceof Number n ? n.intValue() : 0));
    }

    boolean allowsOrigin(String origin) {
        return origin != null && (allowOrigins.contains("*") || allowOrigins.contains(origin));
    }

    boolean allowsMethod(String method) {
        return method != null && (allowMethods.contains("*") || allowMethods.contains(method.toUpperCase(Locale.ROOT)));
    }

    private static List<String> strings(Object value) {
        return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }
}
