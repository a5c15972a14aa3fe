package no.jobbstotte.volunteersignup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressesTest {

    @Test
    void normalise_trimsAndLowerCasesTheDomainOnly() {
        assertThat(EmailAddresses.normalise("  Kari.Nordmann@Example.NO ")).contains("Kari.Nordmann@example.no");
        assertThat(EmailAddresses.canonical("Kari.Nordmann@example.no")).isEqualTo("kari.nordmann@example.no");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "kari", "@example.no", "kari@", "kari@@example.no", "kari@example", "ka ri@example.no",
            "kari@example.no\r\nBcc: x@y.no", ".kari@example.no", "kari..n@example.no", "kari@-example.no",
            "<kari@example.no>"})
    void normalise_implausibleAddress_isEmpty(String input) {
        assertThat(EmailAddresses.normalise(input)).isEmpty();
    }

    @Test
    void normalise_longerThan254_isEmpty() {
        assertThat(EmailAddresses.normalise("a".repeat(64) + "@" + "b".repeat(63) + "." + "c".repeat(63) + "."
                + "d".repeat(63) + ".no")).isEmpty();
    }
}
