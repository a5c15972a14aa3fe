package no.jobbstotte.shared.table.maildelivery;

import java.util.Locale;
import no.jobbstotte.shared.secret.KeyedHash;
import no.jobbstotte.shared.secret.ManagedSecret;

/**
 * The table's key for an address: the keyed hash (pepper: MailRecipientPepperSecret) of the
 * trimmed, lower-cased address. Every sender reads the same pepper, so each computes the key itself.
 */
final class RecipientKeys {

    private final ManagedSecret pepper;

    RecipientKeys(ManagedSecret pepper) {
        this.pepper = pepper;
    }

    String of(String address) {
        return KeyedHash.hex(pepper, address.trim().toLowerCase(Locale.ROOT));
    }
}
