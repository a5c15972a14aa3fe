package no.jobbstotte.localcloud.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import no.jobbstotte.shared.webhook.WebhookSecret;
import no.jobbstotte.shared.webhook.WebhookSigner;

/** A chain HQ's side of the agreements API: Standard Webhooks 1.0 signed requests. */
public final class SignedClient {

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI baseUrl;
    private final WebhookSecret secret;
    private final Clock clock;

    public SignedClient(URI baseUrl, WebhookSecret secret, Clock clock) {
        this.baseUrl = baseUrl;
        this.secret = secret;
        this.clock = clock;
    }

    public HttpResponse<String> post(String path, String json) {
        return send("POST", path, json.getBytes(StandardCharsets.UTF_8));
    }

    public HttpResponse<String> get(String path) {
        return send("GET", path, new byte[0]);
    }

    private HttpResponse<String> send(String method, String path, byte[] body) {
        String id = "msg_" + UUID.randomUUID();
        String timestamp = String.valueOf(clock.instant().getEpochSecond());
        HttpRequest.Builder request = HttpRequest.newBuilder(baseUrl.resolve(path))
                .header("webhook-id", id)
                .header("webhook-timestamp", timestamp)
                .header("webhook-signature", WebhookSigner.signatureHeader(id, timestamp, body, List.of(secret)));
        if (method.equals("POST")) {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body));
        } else {
            request.GET();
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("agreements API unreachable at " + baseUrl, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
