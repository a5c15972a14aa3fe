package no.jobbstotte.localcloud.ses;

import java.util.List;
import java.util.Locale;

/**
 * What happens to a message sent to each address, as SES's mailbox simulator defines it for
 * {@code <outcome>[+label]@simulator.amazonses.com}: success, bounce (a hard bounce), ooto (delivered;
 * the auto-reply goes to the sender and is no event), complaint (delivered, then a complaint) and
 * suppressionlist (a hard bounce because the address is on the account's suppression list, without
 * a delivery attempt). As SES documents, mail to the simulator does not count in the account's
 * reputation metrics ({@link #counts}). Outside it, an address in the {@code .invalid} top-level
 * domain (RFC 6761: it never resolves) bounces hard, as a real one would, and counts; every other
 * address is delivered.
 */
public final class MailboxSimulator {

    public static final String DOMAIN = "simulator.amazonses.com";

    /** One event for one recipient: its SES event type and, for a bounce, its type and sub-type. */
    public record Outcome(String eventType, String bounceType, String bounceSubType) {
        static Outcome delivery() {
            return new Outcome("Delivery", null, null);
        }
    }

    private MailboxSimulator() {}

    public static List<Outcome> outcomes(String address) {
        String lower = address.trim().toLowerCase(Locale.ROOT);
        int at = lower.lastIndexOf('@');
        if (at < 0 || !lower.substring(at + 1).equals(DOMAIN)) {
            return lower.endsWith(".invalid") ? List.of(new Outcome("Bounce", "Permanent", "General"))
                    : List.of(Outcome.delivery());
        }
        String local = lower.substring(0, at);
        int plus = local.indexOf('+');
        return switch (plus < 0 ? local : local.substring(0, plus)) {
            case "bounce" -> List.of(new Outcome("Bounce", "Permanent", "General"));
            case "suppressionlist" -> List.of(new Outcome("Bounce", "Permanent", "OnAccountSuppressionList"));
            case "complaint" -> List.of(Outcome.delivery(), new Outcome("Complaint", null, null));
            default -> List.of(Outcome.delivery());
        };
    }

    /** Whether mail to the address counts in the account's bounce and complaint rates: not the simulator's. */
    public static boolean counts(String address) {
        return !address.trim().toLowerCase(Locale.ROOT).endsWith("@" + DOMAIN);
    }
}
