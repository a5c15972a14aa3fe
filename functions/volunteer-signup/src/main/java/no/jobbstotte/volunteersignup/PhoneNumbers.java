package no.jobbstotte.volunteersignup;

import java.util.Optional;

/**
 * Norwegian mobile numbers (mobilnummer). People type them in many ways ("912 34 567",
 * "+47 91234567", "0047-912-34-567"); we keep one form, E.164, so duplicates and SMS work.
 */
public final class PhoneNumbers {

    /** Longer input than this is not a phone number, however it is spaced; bounds the work done. */
    public static final int MAX_INPUT_LENGTH = 20;

    private PhoneNumbers() {}

    /**
     * The number as {@code +47XXXXXXXX}, or empty if it is not a Norwegian mobile number. Mobile
     * numbers have eight digits and start with 4 or 9 (Nkom's numbering plan).
     */
    public static Optional<String> toE164(String input) {
        if (input == null || input.length() > MAX_INPUT_LENGTH) {
            return Optional.empty();
        }
        StringBuilder digits = new StringBuilder();
        String trimmed = input.strip();
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c == '+' && i == 0) {
                digits.append(c);
            } else if (c != ' ' && c != '-' && c != '.') {
                return Optional.empty();
            }
        }
        String number = digits.toString();
        if (number.startsWith("+47")) {
            number = number.substring(3);
        } else if (number.startsWith("0047")) {
            number = number.substring(4);
        } else if (number.startsWith("+")) {
            return Optional.empty();
        }
        if (number.length() != 8 || (number.charAt(0) != '4' && number.charAt(0) != '9')) {
            return Optional.empty();
        }
        return Optional.of("+47" + number);
    }
}
