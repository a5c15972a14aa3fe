package no.jobbstotte.shared.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import no.jobbstotte.shared.domain.OrganisationNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AgreementTest {

    @Test
    void constructor_validValues_keepsThem() {
        Agreement agreement = AgreementTestData.agreement();

        assertThat(agreement.employer()).isEqualTo(OrganisationNumber.parse("964951284"));
        assertThat(agreement.validTo()).contains(LocalDate.of(2025, 12, 31));
    }

    @Test
    void constructor_validToBeforeValidFrom_throws() {
        assertThatThrownBy(() -> with(LocalDate.of(2024, 1, 2), Optional.of(LocalDate.of(2024, 1, 1)), "Unit", 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("validTo");
    }

    @Test
    void constructor_validToEqualsValidFrom_isAccepted() {
        LocalDate day = LocalDate.of(2024, 1, 1);

        assertThat(with(day, Optional.of(day), "Unit", 1).validTo()).contains(day);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " Unit", "Unit ", "Uni\nt", "Uni\u0000t"})
    void constructor_unitNameNotStoredForm_throws(String unitName) {
        assertThatThrownBy(() -> with(LocalDate.of(2024, 1, 1), Optional.empty(), unitName, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void constructor_versionZero_throws() {
        assertThatThrownBy(() -> with(LocalDate.of(2024, 1, 1), Optional.empty(), "Unit", 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("version");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "A.b-c_9", "0123456789012345678901234567890123456789012345678901234567890123"})
    void isValidId_allowedCharactersUpTo64_isTrue(String id) {
        assertThat(Agreement.isValidId(id)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a b", "avtale/1", "æ", "01234567890123456789012345678901234567890123456789012345678901234"})
    void isValidId_otherwise_isFalse(String id) {
        assertThat(Agreement.isValidId(id)).isFalse();
        assertThat(Agreement.isValidId(null)).isFalse();
    }

    @Test
    void typeAndStatus_fromWire_matchOnlyLowerCaseWireNames() {
        assertThat(Agreement.Type.fromWire("framework")).contains(Agreement.Type.FRAMEWORK);
        assertThat(Agreement.Type.fromWire("FRAMEWORK")).isEmpty();
        assertThat(Agreement.Status.fromWire("suspended")).contains(Agreement.Status.SUSPENDED);
        assertThat(Agreement.Status.fromWire(null)).isEmpty();
    }

    private static Agreement with(LocalDate from, Optional<LocalDate> to, String unitName, long version) {
        return new Agreement("chain", "a1", version, Agreement.Type.FRAMEWORK, OrganisationNumber.parse("964951284"),
                unitName, "0301", from, to, 0, "butikksjef", Agreement.Status.ACTIVE);
    }
}
