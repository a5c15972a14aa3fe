package no.jobbstotte.agreementsapi.webhook;

/** A secret that is not {@code whsec_} plus the base64 of 24–64 bytes. Never quotes the secret. */
public final class InvalidWebhookSecretException extends IllegalArgumentException {
    public InvalidWebhookSecretException(String message) {
        super(message);
    }
}
