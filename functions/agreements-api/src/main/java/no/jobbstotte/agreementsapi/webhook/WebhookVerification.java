package no.jobbstotte.agreementsapi.webhook;

import java.time.Instant;
import java.util.Objects;

/** The outcome of checking a webhook's signature headers. */
public sealed interface WebhookVerification {

    /**
     * The signature matched one of the chain's secrets. The caller still has to reject a reused
     * {@code webhookId} (replay), which needs a store this pure check does not have.
     */
    record Verified(String webhookId, Instant timestamp) implements WebhookVerification {
        public Verified {
            Objects.requireNonNull(webhookId, "webhookId");
            Objects.requireNonNull(timestamp, "timestamp");
        }
    }

    record Rejected(Reason reason) implements WebhookVerification {
        public Rejected {
            Objects.requireNonNull(reason, "reason");
        }
    }

    enum Reason {
        /** webhook-id, webhook-timestamp or webhook-signature is absent or blank. */
        MISSING_HEADERS,
        /** A header is present but unparseable: bad id, non-numeric timestamp, bad base64, no v1 entry. */
        MALFORMED,
        /** The timestamp is more than the tolerance away from now, in either direction. */
        TIMESTAMP_OUT_OF_RANGE,
        /** Well-formed, but no v1 signature matches any active secret. */
        SIGNATURE_MISMATCH
    }
}
