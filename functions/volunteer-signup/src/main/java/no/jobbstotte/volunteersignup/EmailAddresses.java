package no.jobbstotte.volunteersignup;

import java.util.Locale;
import java.util.Optional;

/**
 * A pragmatic check of e-mail addresses typed into a form. It rejects what cannot be delivered
 * or could break a mail header; the confirmation mail is the real test of an address.
 */
public final class EmailAddresses {

    /** RFC 5321's limit on a forward path. */
    public static final int MAX_LENGTH = 254;

    private EmailAddresses() {}

    /** The address trimmed and with a lower-case domain, or empty if it is not plausible. */
    public static Optional<String> normalise(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String address = input.strip();
        int at = address.lastIndexOf('@');
        if (address.length() > MAX_LENGTH || at < 1 || at != address.indexOf('@') || at > 64) {
            return Optional.empty();
        }
        String local = address.substring(0, at);
        String domain = address.substring(at + 1).toLowerCase(Locale.ROOT);
        if (!local.chars().allMatch(EmailAddresses::localChar) || local.startsWith(".") || local.endsWith(".")
                || local.contains("..")) {
            return Optional.empty();
        }
        if (!domain.matches("([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}")) {
            return Optional.empty();
        }
        return Optional.of(local + "@" + domain);
    }

    /** The form used for duplicate detection: most providers treat the local part case-insensitively. */
    public static String canonical(String normalised) {
        return normalised.toLowerCase(Locale.ROOT);
    }

    private static boolean localChar(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || "!#$%&'*+-/=?^_`{|}~.".indexOf(c) >= 0;
    }
}
