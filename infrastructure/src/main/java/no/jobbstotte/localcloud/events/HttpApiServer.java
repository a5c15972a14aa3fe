package no.jobbstotte.localcloud.events;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import no.jobbstotte.localcloud.runtime.FunctionRuntime;
import no.jobbstotte.shared.log.Log;

/**
 * The template's HTTP API routes on a localhost port: each request becomes an
 * {@link APIGatewayV2HTTPEvent} (payload format 2.0) and the handler's response is written back,
 * as API Gateway does. Like API Gateway, requests over 10 MB are refused before the function.
 */
public final class HttpApiServer implements AutoCloseable {

    private static final Log LOG = Log.get(HttpApiServer.class);
    private static final int MAX_BODY_BYTES = 10 * 1024 * 1024;

    private final List<HttpRoute> routes;
    private final Map<String, FunctionRuntime> functions;
    private final HttpServer server;
    private final ExecutorService executor;
    private final Map<String, ApiCounts> counts = new ConcurrentHashMap<>();

    /** API Gateway's Count and 5xx metrics for one API: requests that matched one of its routes. */
    private record ApiCounts(AtomicLong requests, AtomicLong serverErrors) {
        ApiCounts() {
            this(new AtomicLong(), new AtomicLong());
        }
    }

    public HttpApiServer(List<HttpRoute> routes, Map<String, FunctionRuntime> functions, int port) throws IOException {
        this.routes = routes.stream().sorted(Comparator.comparingInt(HttpRoute::specificity).reversed()).toList();
        this.functions = functions;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        this.executor = Executors.newFixedThreadPool(8, Thread.ofPlatform().daemon().name("http-api-", 0).factory());
        server.setExecutor(executor);
        server.createContext("/", this::handle);
    }

    /** Serves a folder of static files under a path prefix, next to the API (the dashboard). */
    public HttpApiServer serveStatic(String prefix, java.nio.file.Path folder) {
        java.nio.file.Path root = folder.toAbsolutePath().normalize();
        server.createContext(prefix, exchange -> {
            try (exchange) {
                String relative = exchange.getRequestURI().getPath().substring(prefix.length());
                java.nio.file.Path file = root.resolve(relative.isEmpty() ? "index.html" : relative).normalize();
                if (!file.startsWith(root) || !java.nio.file.Files.isRegularFile(file)
                        || !exchange.getRequestMethod().equalsIgnoreCase("GET")) {
                    HttpApiPayload.write(exchange, 404, "{\"message\":\"Not Found\"}");
                    return;
                }
                exchange.getResponseHeaders().set("Content-Type", contentType(file.getFileName().toString()));
                exchange.getResponseHeaders().set("Cache-Control", "no-store");
                HttpApiPayload.send(exchange, 200, java.nio.file.Files.readAllBytes(file));
            }
        });
        return this;
    }

    private static String contentType(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".html")) {
            return "text/html; charset=utf-8";
        }
        if (lower.endsWith(".js")) {
            return "text/javascript; charset=utf-8";
        }
        if (lower.endsWith(".css")) {
            return "text/css; charset=utf-8";
        }
        if (lower.endsWith(".json")) {
            return "application/json";
        }
        if (lower.endsWith(".svg")) {
            return "image/svg+xml";
        }
        return "application/octet-stream";
    }

    public HttpApiServer start() {
        server.start();
        return this;
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public List<HttpRoute> routes() {
        return routes;
    }

    /** Requests to the API (by logical id) that matched a route, since the start or the last reset. */
    public long requests(String apiId) {
        return counts(apiId).requests().get();
    }

    /** Of those, the ones answered with a 5xx status. */
    public long serverErrors(String apiId) {
        return counts(apiId).serverErrors().get();
    }

    public void resetCounts() {
        counts.clear();
    }

    private ApiCounts counts(String apiId) {
        return counts.computeIfAbsent(apiId, id -> new ApiCounts());
    }

    private void count(HttpRoute route, int status) {
        ApiCounts api = counts(route.apiId());
        api.requests().incrementAndGet();
        if (status >= 500) {
            api.serverErrors().incrementAndGet();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
            String origin = exchange.getRequestHeaders().getFirst("Origin");
            if (method.equals("OPTIONS") && origin != null && preflight(exchange, path, origin)) {
                return;
            }
            Optional<Map.Entry<HttpRoute, Map<String, String>>> match = routes.stream()
                    .flatMap(r -> r.match(method, path).map(p -> Map.entry(r, p)).stream())
                    .findFirst();
            if (match.isEmpty()) {
                HttpApiPayload.write(exchange, 404, "{\"message\":\"Not Found\"}");
                return;
            }
            HttpRoute route = match.get().getKey();
            byte[] body = readBody(exchange.getRequestBody());
            if (body == null) {
                count(route, 413);
                HttpApiPayload.write(exchange, 413, "{\"message\":\"Request Entity Too Large\"}");
                return;
            }
            route.cors().filter(c -> c.allowsOrigin(origin)).ifPresent(c -> {
                exchange.getResponseHeaders().set("Access-Control-Allow-Origin", origin);
                exchange.getResponseHeaders().add("Vary", "Origin");
            });
            APIGatewayV2HTTPResponse response;
            try {
                response = functions.get(route.functionId()).invoke(
                        HttpApiPayload.event(exchange, route, match.get().getValue(), body));
            } catch (RuntimeException e) {
                LOG.error("function failed; API Gateway answers 500", e, "function", route.functionId());
                count(route, 500);
                HttpApiPayload.write(exchange, 500, "{\"message\":\"Internal Server Error\"}");
                return;
            }
            count(route, response == null ? 500 : HttpApiPayload.status(response));
            HttpApiPayload.respond(exchange, response);
        }
    }

    /** API Gateway answers CORS preflight itself, without invoking the function. */
    private boolean preflight(HttpExchange exchange, String path, String origin) throws IOException {
        String requested = exchange.getRequestHeaders().getFirst("Access-Control-Request-Method");
        Optional<CorsPolicy> cors = routes.stream()
                .filter(r -> r.cors().isPresent() && r.match(requested == null ? "GET" : requested, path).isPresent())
                .map(r -> r.cors().get())
                .findFirst();
        if (cors.isEmpty()) {
            return false;
        }
        CorsPolicy policy = cors.get();
        if (policy.allowsOrigin(origin) && policy.allowsMethod(requested)) {
            exchange.getResponseHeaders().set("Access-Control-Allow-Origin", origin);
            exchange.getResponseHeaders().set("Access-Control-Allow-Methods", String.join(",", policy.allowMethods()));
            if (!policy.allowHeaders().isEmpty()) {
                exchange.getResponseHeaders().set("Access-Control-Allow-Headers", String.join(",", policy.allowHeaders()));
            }
            if (policy.maxAgeSeconds() > 0) {
                exchange.getResponseHeaders().set("Access-Control-Max-Age", String.valueOf(policy.maxAgeSeconds()));
            }
            exchange.getResponseHeaders().add("Vary", "Origin");
        }
        HttpApiPayload.send(exchange, 204, new byte[0]);
        return true;
    }

    private static byte[] readBody(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
        return body.length > MAX_BODY_BYTES ? null : body;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
