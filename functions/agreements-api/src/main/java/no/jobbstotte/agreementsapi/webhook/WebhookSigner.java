package no.jobbstotte.agreementsapi.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs webhooks as Standard Webhooks 1.0 does: HMAC-SHA256 over {@code id.timestamp.body}. Used by
 * the verifier, by tests and by the demo sender that plays a chain HQ.
 */
public final class WebhookSigner {

    public static final String VERSION = "v1";

    private WebhookSigner() {}

    /** One {@code v1,<base64>} entry for the {@code webhook-signature} header. */
    public static String sign(String id, String timestamp, byte[] body, WebhookSecret secret) {
        return VERSION + "," + Base64.getEncoder().encodeToString(hmac(id, timestamp, body, secret));
    }

    /** A full header value with one entry per secret, as a sender does while rotating secrets. */
    public static String signatureHeader(String id, String timestamp, byte[] body, List<WebhookSecret> secrets) {
        return secrets.stream().map(secret -> sign(id, timestamp, body, secret)).collect(Collectors.joining(" "));
    }

    static byte[] hmac(String id, String timestamp, byte[] body, WebhookSecret secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.key(), "HmacSHA256"));
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            // Every Java runtime must provide HmacSHA256, so this is a broken runtime, not bad input.
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }
}
