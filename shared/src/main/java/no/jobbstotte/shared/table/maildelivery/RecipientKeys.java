package no.jobbstotte.shared.table.maildelivery;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import no.jobbstotte.shared.secret.ManagedSecret;

/**
 * The table's key for an address: HMAC-SHA256 with the pepper in MailRecipientPepperSecret over the
 * trimmed, lower-cased address. Keyed, because plain SHA-256 of an address is reversed by hashing
 * likely addresses; every sender reads the same pepper, so each computes the key itself.
 */
final class RecipientKeys {

    private final ManagedSecret pepper;

    RecipientKeys(ManagedSecret pepper) {
        this.pepper = pepper;
    }

    String of(String address) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(pepper.current().value(), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(
                    address.trim().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }
}
