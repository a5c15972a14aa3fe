package no.jobbstotte.shared.followup.actions;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import no.jobbstotte.shared.followup.Party;
import no.jobbstotte.shared.secret.ManagedSecret;

/**
 * Signs and checks the digests' action links: {@code base64url(payload) "." base64url(HMAC)}, the
 * payload naming the key version it was signed with. The key is FollowUpActionSigningSecret in
 * Secrets Manager: ReminderSender signs with the current version, FollowUpActions checks with the
 * version the link names, so links mailed before a rotation keep working while that version is
 * AWSCURRENT or AWSPREVIOUS. Nothing is stored per link: what makes a link single-use is the
 * follow-up it names (see FollowUpActions).
 */
public final class ActionLinkSigner {

    /** How long a digest's links work: two working weeks, enough for a holiday week in between. */
    public static final int VALID_DAYS = 14;

    private static final String VERSION = "a1";
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{20,600}\\.[A-Za-z0-9_-]{43}");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final ManagedSecret key;

    public ActionLinkSigner(ManagedSecret key) {
        this.key = key;
    }

    public String sign(ActionLink link) {
        ManagedSecret.Version current = key.current();
        String payload = String.join("|", VERSION, current.versionId(), link.action().name(), link.placementId(),
                link.party().name(), link.dueOn().toString(), Long.toString(link.expiresAt().getEpochSecond()));
        return ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "."
                + ENCODER.encodeToString(mac(current.value(), payload));
    }

    /**
     * The link, if this token is one we signed, unchanged, and not past {@code now}.
     *
     * @throws InvalidActionLinkException otherwise; the signature is checked before the expiry, so
     *     "expired" is said only of links we really made
     */
    public ActionLink verify(String token, Instant now) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            throw invalid();
        }
        int dot = token.indexOf('.');
        String payload = new String(Base64.getUrlDecoder().decode(token.substring(0, dot)), StandardCharsets.UTF_8);
        String[] parts = payload.split("\\|", -1);
        if (parts.length != 7 || !parts[0].equals(VERSION) || !ID.matcher(parts[1]).matches()) {
            throw invalid();
        }
        Optional<byte[]> secret = key.version(parts[1]);
        if (secret.isEmpty() || !MessageDigest.isEqual(mac(secret.get(), payload),
                Base64.getUrlDecoder().decode(token.substring(dot + 1)))) {
            throw invalid();
        }
        ActionLink link;
        try {
            link = new ActionLink(ActionLink.Action.valueOf(parts[2]), parts[3], Party.valueOf(parts[4]),
                    LocalDate.parse(parts[5]), Instant.ofEpochSecond(Long.parseLong(parts[6])));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            // Signed by us, so only a bug makes this; still a broken link, not a 500.
            throw invalid();
        }
        if (!now.isBefore(link.expiresAt())) {
            throw new InvalidActionLinkException(InvalidActionLinkException.Reason.EXPIRED);
        }
        return link;
    }

    private static InvalidActionLinkException invalid() {
        return new InvalidActionLinkException(InvalidActionLinkException.Reason.MALFORMED);
    }

    private static byte[] mac(byte[] secret, String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            // Domain-separated: the same key can never sign anything but an action link.
            return mac.doFinal(("followup-action|" + payload).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }
}
