package no.jobbstotte.volunteersignup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"91234567", "912 34 567", "+47 912 34 567", "+4791234567", "0047 91234567",
            "912-34-567", " 91234567 ", "+47 41 23 45 67"})
    void toE164_norwegianMobileInAnyCommonSpelling_isNormalised(String input) {
        assertThat(PhoneNumbers.toE164(input)).hasValueSatisfying(v -> assertThat(v).matches("\\+47[49]\\d{7}"));
        assertThat(PhoneNumbers.toE164("912 34 567")).contains("+4791234567");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1234567", "912345678", "22334455", "+46 91234567", "91234x67", "9123+4567",
            "+47+4791234567", "4791234567", "+47 912 34 567 00000000000"})
    void toE164_notANorwegianMobile_isEmpty(String input) {
        assertThat(PhoneNumbers.toE164(input)).isEmpty();
    }

    @Test
    void toE164_null_isEmpty() {
        assertThat(PhoneNumbers.toE164(null)).isEmpty();
    }

    @Test
    void toE164_seededRandomInput_neverThrowsAndOnlyYieldsE164() {
        Random random = new Random(20261125L);
        String alphabet = "0123456789 +-.x4947";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder input = new StringBuilder();
            for (int n = random.nextInt(24); n > 0; n--) {
                input.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            PhoneNumbers.toE164(input.toString())
                    .ifPresent(v -> assertThat(v).as("input %s", input).matches("\\+47[49]\\d{7}"));
        }
    }
}
