package no.jobbstotte.agreementsapi.webhook;

import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import no.jobbstotte.agreementsapi.webhook.WebhookVerification.Reason;
import no.jobbstotte.agreementsapi.webhook.WebhookVerification.Rejected;
import no.jobbstotte.agreementsapi.webhook.WebhookVerification.Verified;

/**
 * Verifies Standard Webhooks 1.0 signatures against a chain's active secrets.
 *
 * <ul>
 *   <li>The {@code webhook-signature} header is a space-separated list of {@code version,signature}
 *       entries. Entries of other versions (e.g. the asymmetric {@code v1a}) are skipped, as the
 *       specification asks, but at least one {@code v1} entry must be present.
 *   <li>Any {@code v1} entry matching any active secret verifies the request, so a chain can sign
 *       with old and new secrets while a rotation is under way.
 *   <li>The timestamp must be within five minutes of the clock, both ways, which limits how long
 *       a captured request can be replayed; replay within that window is the caller's concern.
 * </ul>
 */
public final class WebhookVerifier {

    public static final Duration TOLERANCE = Duration.ofMinutes(5);
    private static final int MAX_ID_LENGTH = 256;
    private static final int HMAC_SHA256_BYTES = 32;

    private final Clock clock;

    public WebhookVerifier(Clock clock) {
        this.clock = clock;
    }

    /**
     * @param id the {@code webhook-id} header, or null
     * @param timestamp the {@code webhook-timestamp} header (epoch seconds), or null
     * @param signature the {@code webhook-signature} header, or null
     * @param body the raw request body, exactly as received
     * @param secrets the chain's active secrets; none means nothing can verify
     */
    public WebhookVerification verify(
            String id, String timestamp, String signature, byte[] body, List<WebhookSecret> secrets) {
        if (isBlank(id) || isBlank(timestamp) || isBlank(signature)) {
            return new Rejected(Reason.MISSING_HEADERS);
        }
        if (!isValidId(id) || !isEpochSeconds(timestamp)) {
            return new Rejected(Reason.MALFORMED);
        }
        Optional<List<byte[]>> parsed = v1Signatures(signature);
        if (parsed.isEmpty()) {
            return new Rejected(Reason.MALFORMED);
        }
        List<byte[]> candidates = parsed.get();
        Instant signedAt = Instant.ofEpochSecond(Long.parseLong(timestamp));
        Instant now = clock.instant();
        if (signedAt.isBefore(now.minus(TOLERANCE)) || signedAt.isAfter(now.plus(TOLERANCE))) {
            return new Rejected(Reason.TIMESTAMP_OUT_OF_RANGE);
        }
        for (WebhookSecret secret : secrets) {
            byte[] expected = WebhookSigner.hmac(id, timestamp, body, secret);
            for (byte[] candidate : candidates) {
                if (MessageDigest.isEqual(expected, candidate)) {
                    return new Verified(id, signedAt);
                }
            }
        }
        return new Rejected(Reason.SIGNATURE_MISMATCH);
    }

    /** The decoded v1 signatures; empty if the header is malformed or has none. */
    private static Optional<List<byte[]>> v1Signatures(String header) {
        List<byte[]> signatures = new ArrayList<>();
        for (String entry : header.trim().split(" +")) {
            int comma = entry.indexOf(',');
            if (comma <= 0 || comma == entry.length() - 1) {
                return Optional.empty();
            }
            if (!entry.substring(0, comma).equals(WebhookSigner.VERSION)) {
                continue;
            }
            byte[] decoded;
            try {
                decoded = Base64.getDecoder().decode(entry.substring(comma + 1));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
            if (decoded.length != HMAC_SHA256_BYTES) {
                return Optional.empty();
            }
            signatures.add(decoded);
        }
        return signatures.isEmpty() ? Optional.empty() : Optional.of(signatures);
    }

    /** Printable ASCII only: the id becomes a replay-store key and a log field. */
    private static boolean isValidId(String id) {
        return id.length() <= MAX_ID_LENGTH && id.chars().allMatch(c -> c > 0x20 && c < 0x7f);
    }

    /** Plain decimal digits, short enough that parsing cannot overflow or reach Instant's limits. */
    private static boolean isEpochSeconds(String timestamp) {
        return timestamp.length() <= 12 && timestamp.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
