package no.jobbstotte.shared.secret;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 of a text under a secret's current value, as lower-case hex: how an e-mail address
 * becomes a key that names nobody without the secret (plain SHA-256 of an address is reversed by
 * hashing likely addresses).
 */
public final class KeyedHash {

    private KeyedHash() {}

    public static String hex(ManagedSecret key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.current().value(), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }
}
