package no.jobbstotte.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
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

    @Property
    void generate_anySeed_makesValidNumberStartingWith8Or9(@ForAll long seed) {
        OrganisationNumber number = OrganisationNumber.generate(new SplittableRandom(seed));

        assertThat(OrganisationNumber.isValid(number.value())).isTrue();
        assertThat(number.value()).matches("[89][0-9]{8}");
    }

    @Property
    void isValid_anyValidNumberWithOneDigitChanged_isFalse(
            @ForAll long seed, @ForAll @IntRange(min = 0, max = 8) int position, @ForAll @IntRange(min = 1, max = 9) int delta) {
        char[] digits = OrganisationNumber.generate(new SplittableRandom(seed)).value().toCharArray();
        digits[position] = (char) ('0' + (digits[position] - '0' + delta) % 10);

        // Mod 11 with weights below 11 detects every single-digit error.
        assertThat(OrganisationNumber.isValid(new String(digits))).isFalse();
    }

    @Property
    void isValid_anyString_agreesWithParse(@ForAll @StringLength(max = 12) String input) {
        boolean parses;
        try {
            OrganisationNumber.parse(input);
            parses = true;
        } catch (InvalidOrganisationNumberException e) {
            parses = false;
        }
        assertThat(OrganisationNumber.isValid(input)).isEqualTo(parses);
    }
}
