package no.jobbstotte.shared.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Organisation number (organisasjonsnummer): nine digits, the last a mod-11 check digit over the
 * first eight with weights 3, 2, 7, 6, 5, 4, 3, 2. Construction guarantees a valid number, so a
 * value of this type never needs checking again.
 */
public record OrganisationNumber(String value) {

    private static final int[] WEIGHTS = {3, 2, 7, 6, 5, 4, 3, 2};

    public OrganisationNumber {
        Objects.requireNonNull(value, "value");
        defect(value).ifPresent(reason -> {
            throw new InvalidOrganisationNumberException(reason);
        });
    }

    public static OrganisationNumber parse(String value) {
        if (value == null) {
            throw new InvalidOrganisationNumberException(InvalidOrganisationNumberException.Reason.FORMAT);
        }
        return new OrganisationNumber(value);
    }

    public static boolean isValid(String value) {
        return value != null && defect(value).isEmpty();
    }

    /** What is wrong with a candidate, if anything; lets validators report format and check digit apart. */
    public static Optional<InvalidOrganisationNumberException.Reason> defect(String value) {
        if (value == null || !isNineAsciiDigits(value)) {
            return Optional.of(InvalidOrganisationNumberException.Reason.FORMAT);
        }
        int check = checkDigit(value);
        return check == value.charAt(8) - '0'
                ? Optional.empty()
                : Optional.of(InvalidOrganisationNumberException.Reason.CHECK_DIGIT);
    }

    /**
     * A random valid number for tests and demo data. It starts with 8 or 9, as real numbers from
     * Enhetsregisteret do, so it passes validators that also check the leading digit.
     */
    public static OrganisationNumber generate(RandomGenerator random) {
        while (true) {
            StringBuilder digits = new StringBuilder(9).append(8 + random.nextInt(2));
            for (int i = 1; i < 8; i++) {
                digits.append(random.nextInt(10));
            }
            int check = checkDigit(digits);
            if (check < 10) {
                return new OrganisationNumber(digits.append(check).toString());
            }
        }
    }

    @Override
    public String toString() {
        return value;
    }

    private static boolean isNineAsciiDigits(String value) {
        if (value.length() != 9) {
            return false;
        }
        for (int i = 0; i < 9; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** 0–9, or 10 when remainder 1 makes the first eight digits unusable. */
    private static int checkDigit(CharSequence firstEight) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (firstEight.charAt(i) - '0') * WEIGHTS[i];
        }
        int remainder = sum % 11;
        return remainder == 0 ? 0 : 11 - remainder;
    }
}
