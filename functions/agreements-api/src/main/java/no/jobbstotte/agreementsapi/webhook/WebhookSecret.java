package no.jobbstotte.agreementsapi.webhook;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

/**
 * A Standard Webhooks signing secret: {@code whsec_} followed by the base64 of 24–64 random bytes.
 * {@link #toString()} never shows the key, so a secret that slips into a log line stays secret;
 * {@link #encoded()} is the one way to get the text form, e.g. to hand it to a chain once.
 */
public record WebhookSecret(byte[] key) {

    public static final String PREFIX = "whsec_";
    public static final int MIN_BYTES = 24;
    public static final int MAX_BYTES = 64;
    private static final int GENERATED_BYTES = 32;

    public WebhookSecret {
        if (key == null || key.length < MIN_BYTES || key.length > MAX_BYTES) {
            throw new InvalidWebhookSecretException("A webhook secret must be " + MIN_BYTES + "–" + MAX_BYTES + " bytes");
        }
        key = key.clone();
    }

    public static WebhookSecret generate(SecureRandom random) {
        byte[] key = new byte[GENERATED_BYTES];
        random.nextBytes(key);
        return new WebhookSecret(key);
    }

    /** Parses {@code whsec_<base64>}; the exception message never quotes the input. */
    public static WebhookSecret parse(String text) {
        if (text == null || !text.startsWith(PREFIX)) {
            throw new InvalidWebhookSecretException("A webhook secret must start with " + PREFIX);
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(text.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new InvalidWebhookSecretException("A webhook secret must be base64 after " + PREFIX);
        }
        return new WebhookSecret(key);
    }

    @Override
    public byte[] key() {
        return key.clone();
    }

    public String encoded() {
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WebhookSecret that && MessageDigest.isEqual(key, that.key);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(key);
    }

    @Override
    public String toString() {
        return "WebhookSecret[****]";
    }
}
