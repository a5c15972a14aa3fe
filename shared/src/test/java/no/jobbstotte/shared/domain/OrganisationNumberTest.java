package no.jobbstotte.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.random.RandomGenerator;
import no.jobbstotte.shared.testing.RandomValues;
import no.jobbstotte.shared.testing.Tries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class OrganisationNumberTest {

    @Test
    void parse_knownValidNumber_returnsNumber() {
        assertThat(OrganisationNumber.parse("964951284").value()).isEqualTo("964951284");
    }

    @Test
    void isValid_knownValidNumber_isTrue() {
        assertThat(OrganisationNumber.isValid("964951284")).isTrue();
    }

    @Test
    void parse_remainderZero_acceptsCheckDigitZero() {
        // 1*3+0*2+0*7+0*6+0*5+0*4+0*3+4*2 = 11, remainder 0, so the check digit is 0.
        assertThat(OrganisationNumber.isValid("100000040")).isTrue();
    }

    @Test
    void parse_remainderOne_rejectsEveryCheckDigit() {
        // 6*2 = 12, remainder 1: no check digit can make these eight digits valid.
        for (int check = 0; check <= 9; check++) {
            assertThat(OrganisationNumber.isValid("00000006" + check)).as("check digit %d", check).isFalse();
        }
    }

    @Test
    void parse_wrongCheckDigit_throwsWithCheckDigitReason() {
        assertThatThrownBy(() -> OrganisationNumber.parse("964951285"))
                .isInstanceOfSatisfying(InvalidOrganisationNumberException.class,
                        e -> assertThat(e.reason()).isEqualTo(InvalidOrganisationNumberException.Reason.CHECK_DIGIT))
                .hasMessageNotContaining("964951285");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"96495128", "9649512840", "964 951 284", " 964951284", "96495128a",
            "９６４９５１２８４", "-64951284", "+64951284"})
    void parse_notNineAsciiDigits_throwsWithFormatReason(String input) {
        assertThatThrownBy(() -> OrganisationNumber.parse(input))
                .isInstanceOfSatisfying(InvalidOrganisationNumberException.class,
                        e -> assertThat(e.reason()).isEqualTo(InvalidOrganisationNumberException.Reason.FORMAT));
        assertThat(OrganisationNumber.isValid(input)).isFalse();
    }

    @Test
    void parse_exception_isIllegalArgumentException() {
        assertThatThrownBy(() -> OrganisationNumber.parse("x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void toString_validNumber_isTheDigits() {
        assertThat(OrganisationNumber.parse("964951284")).hasToString("964951284");
    }

    @Test
    void generate_anySeed_makesValidNumberStartingWith8Or9() {
        Tries.check(0x5EED_C001L, Tries.DEFAULT, OrganisationNumber::generate, number -> {
            assertThat(OrganisationNumber.isValid(number.value())).isTrue();
            assertThat(number.value()).matches("[89][0-9]{8}");
        });
    }

    @Test
    void isValid_anyValidNumberWithOneDigitChanged_isFalse() {
        // Every position and every change, for each random valid number: 81 mutants per try.
        Tries.check(0x5EED_C002L, Tries.DEFAULT, random -> OrganisationNumber.generate(random).value(), valid -> {
            for (int position = 0; position <= 8; position++) {
                for (int delta = 1; delta <= 9; delta++) {
                    char[] digits = valid.toCharArray();
                    digits[position] = (char) ('0' + (digits[position] - '0' + delta) % 10);

                    // Mod 11 with weights below 11 detects every single-digit error.
                    assertThat(OrganisationNumber.isValid(new String(digits)))
                            .as("position %d changed by %d: %s", position, delta, new String(digits))
                            .isFalse();
                }
            }
        });
    }

    @Test
    void isValid_anyString_agreesWithParse() {
        Tries.check(0x5EED_C003L, Tries.DEFAULT, OrganisationNumberTest::candidate, input -> {
            boolean parses;
            try {
                OrganisationNumber.parse(input);
                parses = true;
            } catch (InvalidOrganisationNumberException e) {
                parses = false;
            }
            assertThat(OrganisationNumber.isValid(input)).isEqualTo(parses);
        });
    }

    /**
     * Up to 12 chars: any text, digit strings around nine long, a valid number, a valid number with
     * one char swapped (often for a non-ASCII digit), or a valid number padded with whitespace or other text.
     */
    private static String candidate(RandomGenerator random) {
        return switch (random.nextInt(5)) {
            case 4 -> RandomValues.stringOf(random, " \t\n\u00A0\u3000+-0", 0, 2) + OrganisationNumber.generate(random).value()
                    + RandomValues.anyString(random, 1);
            case 0 -> RandomValues.anyString(random, 12);
            case 1 -> RandomValues.stringOf(random, "0123456789", 7, 11);
            case 2 -> OrganisationNumber.generate(random).value();
            default -> {
                StringBuilder number = new StringBuilder(OrganisationNumber.generate(random).value());
                number.setCharAt(random.nextInt(9), RandomValues.anyString(random, 1).concat("\uFF10").charAt(0));
                yield number.toString();
            }
        };
    }
}
