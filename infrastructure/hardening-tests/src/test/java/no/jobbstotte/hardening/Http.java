package no.jobbstotte.hardening;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import no.jobbstotte.agreementsapi.webhook.WebhookSecret;
import no.jobbstotte.agreementsapi.webhook.WebhookSigner;
import no.jobbstotte.localcloud.LocalCloud;

/** HTTP to the local cloud's API (127.0.0.1 only), signed for the agreements API when asked. */
final class Http {

    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Http() {}

    static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static HttpRequest.Builder request(LocalCloud cloud, String pathAndQuery) {
        URI uri = URI.create(cloud.httpApiUrl() + pathAndQuery);
        if (!"127.0.0.1".equals(uri.getHost())) {
            throw new IllegalStateException("hardening traffic goes to 127.0.0.1 only: " + uri);
        }
        return HttpRequest.newBuilder(uri);
    }

    /** A client address per request: the volunteer API rate-limits per IP. */
    static String randomIp() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(1, 255);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String newWebhookId() {
        return "msg_" + UUID.randomUUID();
    }

    /** Adds webhook-id, -timestamp and -signature over the exact body bytes. */
    static HttpRequest.Builder signed(HttpRequest.Builder request, String webhookId, Instant at, byte[] body,
            List<WebhookSecret> secrets) {
        String timestamp = Long.toString(at.getEpochSecond());
        return request.header("webhook-id", webhookId).header("webhook-timestamp", timestamp)
                .header("webhook-signature", WebhookSigner.signatureHeader(webhookId, timestamp, body, secrets));
    }

    static String contentType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    static Map<String, List<String>> headers(HttpResponse<?> response) {
        return response.headers().map();
    }
}
