package no.jobbstotte.localcloud.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A chain HQ's side of the agreements API: Standard Webhooks 1.0 signed requests. It signs with
 * code of its own, as a chain's system would, not with the API's: an independent client tests
 * the API's verifier rather than agreeing with it by construction.
 */
public final class SignedClient {

    /** How a Standard Webhooks secret begins; the rest is the base64 of the key. */
    public static final String SECRET_PREFIX = "whsec_";

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI baseUrl;
    private final byte[] key;
    private final Clock clock;

    /** @param secret the chain's secret as {@code bin/chains issue-secret} prints it */
    public SignedClient(URI baseUrl, String secret, Clock clock) {
        if (!secret.startsWith(SECRET_PREFIX)) {
            throw new IllegalArgumentException("a webhook secret starts with " + SECRET_PREFIX);
        }
        this.baseUrl = baseUrl;
        this.key = Base64.getDecoder().decode(secret.substring(SECRET_PREFIX.length()));
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
                .header("webhook-signature", signature(id, timestamp, body));
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

    /** {@code v1,} and the base64 of the HMAC-SHA256 of {@code id.timestamp.body}, as the specification says. */
    private String signature(String id, String timestamp, byte[] body) {
        byte[] prefix = (id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8);
        byte[] content = Arrays.copyOf(prefix, prefix.length + body.length);
        System.arraycopy(body, 0, content, prefix.length, body.length);
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(key, "HmacSHA256"));
            return "v1," + Base64.getEncoder().encodeToString(hmac.doFinal(content));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }
}
