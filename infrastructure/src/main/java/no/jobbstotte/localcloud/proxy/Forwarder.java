package no.jobbstotte.localcloud.proxy;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executor;

/**
 * Passes a request on to the emulator behind a proxy unchanged and copies the answer back: what
 * the IAM gateway and the tests' fault proxies share.
 */
public final class Forwarder {

    private static final Set<String> HOP_BY_HOP = Set.of("host", "connection", "content-length", "expect", "upgrade",
            "transfer-encoding", "keep-alive", "te", "trailer", "proxy-connection");

    private final URI upstream;
    private final HttpClient client;

    public Forwarder(URI upstream, Executor executor) {
        this.upstream = upstream;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).executor(executor).build();
    }

    /** The emulator's answer; an IOException if it is down or died mid-request. */
    public HttpResponse<byte[]> forward(ProxiedRequest request) throws IOException, InterruptedException {
        HttpRequest.Builder forward = HttpRequest.newBuilder(
                        upstream.resolve(request.rawPath() + (request.rawQuery() == null ? "" : "?" + request.rawQuery())))
                .timeout(Duration.ofSeconds(30))
                .method(request.method(), request.body().length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        request.headers().forEach((header, values) -> {
            if (!HOP_BY_HOP.contains(header.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> forward.header(header, value));
            }
        });
        return client.send(forward.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Writes the emulator's answer to the caller. */
    public static void reply(HttpExchange exchange, HttpResponse<byte[]> response) throws IOException {
        response.headers().map().forEach((header, values) -> {
            if (!HOP_BY_HOP.contains(header.toLowerCase(Locale.ROOT)) && !header.startsWith(":")) {
                exchange.getResponseHeaders().put(header, values);
            }
        });
        send(exchange, response.statusCode(), response.body());
    }

    /** Status and body; a HEAD request, or an empty body, gets no body. */
    public static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        boolean noBody = body.length == 0 || exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, noBody ? -1 : body.length);
        if (!noBody) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
