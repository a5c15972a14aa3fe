package no.jobbstotte.shared.table.maildelivery;

import java.time.Instant;
import java.util.Objects;

/**
 * What SES reported for one recipient of one message.
 *
 * @param address the recipient as SES names it; used only to compute the item's key, never stored
 * @param detail a short, address-free reason (e.g. {@code Permanent/General}, {@code abuse})
 */
public record DeliveryOutcome(String address, Kind kind, Instant at, String detail) {

    public enum Kind {
        DELIVERED, DELAYED, SOFT_BOUNCE, HARD_BOUNCE, COMPLAINT, REJECTED;

        /**
         * A hard bounce (the address does not exist, or is on SES's suppression list) and a complaint
         * stop all further mail to the address: sending on would raise the account's bounce or complaint
         * rate, which SES reviews. A soft bounce, a delay or a rejected message (its content, not the
         * address) do not.
         */
        public boolean suppresses() {
            return this == HARD_BOUNCE || this == COMPLAINT;
        }
    }

    public DeliveryOutcome {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        detail = detail == null ? "" : detail;
    }

    @Override
    public String toString() {
        return "DeliveryOutcome[" + kind + " " + detail + " at " + at + "]";
    }
}
