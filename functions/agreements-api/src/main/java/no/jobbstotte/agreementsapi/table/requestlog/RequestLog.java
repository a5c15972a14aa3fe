package no.jobbstotte.agreementsapi.table.requestlog;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What the API remembers about earlier requests, for a limited time: the webhook ids it has seen
 * (replay protection) and the responses it gave to requests with an {@code Idempotency-Key}.
 * An entry past its expiry counts as absent, also where the store has no TTL of its own.
 */
public interface RequestLog {

    Duration WEBHOOK_ID_TTL = Duration.ofMinutes(10);
    Duration IDEMPOTENCY_TTL = Duration.ofHours(24);

    /** Records a webhook id; false if the chain already used it within {@link #WEBHOOK_ID_TTL}. */
    boolean firstUseOfWebhookId(String chainId, String webhookId, Instant now);

    Optional<StoredResponse> findResponse(String chainId, String idempotencyKey, Instant now);

    /** Stores a completed response; if another request stored one for the key first, that one stays. */
    void saveResponse(String chainId, String idempotencyKey, StoredResponse response, Instant now);

    /** A response as given, with the hash of the request it answered. */
    record StoredResponse(String requestHash, int status, String contentType, String body) {}
}
