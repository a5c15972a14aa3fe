package no.jobbstotte.followupactions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import no.jobbstotte.shared.http.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ContactChoiceTest {

    @Test
    void parse_faceToFaceOrNot_withoutNumber() {
        assertThat(ContactChoice.parse("true", null)).isEqualTo(new ContactChoice(true, Optional.empty()));
        assertThat(ContactChoice.parse("false", "  ")).isEqualTo(new ContactChoice(false, Optional.empty()));
    }

    @Test
    void parse_numberWrittenWithSpaces_validNumber() {
        assertThat(ContactChoice.parse("true", " 923 609 016 ").employerOrgNumber()).contains("923609016");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "?", "ja", "TRUE", "1", "ftf"})
    void parse_noChoice_400InvalidContact(String faceToFace) {
        assertInvalid(faceToFace, null, "invalid-contact", "Velg «Ansikt til ansikt» eller «Annen kontakt».");
    }

    @ParameterizedTest
    @ValueSource(strings = {"92360901", "9236090160", "92360901x", "?", "923-609-016"})
    void parse_numberNotNineDigits_400(String org) {
        assertInvalid("true", org, "invalid-org-number", "Organisasjonsnummeret har ni sifre.");
    }

    @Test
    void parse_numberWithWrongCheckDigit_400NotQuotingIt() {
        assertInvalid("false", "923609017", "invalid-org-number", "feil kontrollsiffer");
    }

    private static void assertInvalid(String faceToFace, String org, String type, String detail) {
        assertThatThrownBy(() -> ContactChoice.parse(faceToFace, org)).isInstanceOfSatisfying(ProblemException.class,
                e -> {
                    assertThat(e.problem().status()).isEqualTo(400);
                    assertThat(e.problem().type().toString()).endsWith("/problems/" + type);
                    assertThat(e.problem().detail()).contains(detail).endsWith("Ingenting ble endret.");
                    if (org != null && org.length() > 3) {
                        assertThat(e.problem().detail()).doesNotContain(org);
                    }
                });
    }
}
