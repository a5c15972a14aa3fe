package no.jobbstotte.localcloud.events;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One HTTP API route, {@code METHOD /path/{param}}, matched as API Gateway does: literal segments
 * exactly, {@code {name}} one segment, {@code {name+}} the rest of the path. {@code apiId} is the
 * logical id of the HttpApi it belongs to ({@value #IMPLICIT_API} for SAM's implicit one).
 */
public record HttpRoute(String functionId, String method, String path, Optional<CorsPolicy> cors, String apiId) {

    /** The logical id SAM gives the HTTP API it creates for routes without an ApiId. */
    public static final String IMPLICIT_API = "ServerlessHttpApi";

    public HttpRoute(String functionId, String method, String path) {
        this(functionId, method, path, Optional.empty(), IMPLICIT_API);
    }

    public String routeKey() {
        return method + " " + path;
    }

    public Optional<Map<String, String>> match(String requestMethod, String requestPath) {
        if (!method.equals("ANY") && !method.equalsIgnoreCase(requestMethod)) {
            return Optional.empty();
        }
        String[] pattern = path.substring(1).split("/", -1);
        String[] actual = requestPath.substring(1).split("/", -1);
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < pattern.length; i++) {
            String segment = pattern[i];
            if (segment.startsWith("{") && segment.endsWith("+}")) {
                if (i >= actual.length) {
                    return Optional.empty();
                }
                parameters.put(segment.substring(1, segment.length() - 2),
                        String.join("/", java.util.Arrays.copyOfRange(actual, i, actual.length)));
                return Optional.of(parameters);
            }
            if (i >= actual.length) {
                return Optional.empty();
            }
            if (segment.startsWith("{") && segment.endsWith("}")) {
                if (actual[i].isEmpty()) {
                    return Optional.empty();
                }
                parameters.put(segment.substring(1, segment.length() - 1), actual[i]);
            } else if (!segment.equals(actual[i])) {
                return Optional.empty();
            }
        }
        return pattern.length == actual.length ? Optional.of(parameters) : Optional.empty();
    }

    /** Literal routes win over parameterised ones, as in API Gateway. */
    int specificity() {
        int score = 0;
        for (String segment : path.split("/")) {
            score += segment.startsWith("{") ? (segment.endsWith("+}") ? 0 : 1) : 2;
        }
        return score * 2 + (method.equals("ANY") ? 0 : 1);
    }

    static String normaliseMethod(Object method) {
        return method == null ? "ANY" : method.toString().toUpperCase(Locale.ROOT);
    }
}
