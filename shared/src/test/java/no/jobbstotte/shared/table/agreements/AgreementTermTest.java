package no.jobbstotte.shared.table.agreements;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import no.jobbstotte.shared.agreement.Agreement;
import org.junit.jupiter.api.Test;

class AgreementTermTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 25);

    private static AgreementTerm term(Agreement.Status status, LocalDate from, LocalDate to) {
        return new AgreementTerm("0301", status, from, to);
    }

    @Test
    void activeOn_activeAndTheDayWithinTheTerm_includingBothEnds() {
        assertThat(term(Agreement.Status.ACTIVE, DAY, DAY).activeOn(DAY)).isTrue();
        assertThat(term(Agreement.Status.ACTIVE, DAY.minusYears(1), null).activeOn(DAY)).isTrue();
        assertThat(term(Agreement.Status.ACTIVE, DAY.minusYears(1), DAY.plusDays(1)).activeOn(DAY)).isTrue();
    }

    @Test
    void activeOn_otherStatusOutsideTheTermOrNoStart_isNotActive() {
        assertThat(term(Agreement.Status.SUSPENDED, DAY, null).activeOn(DAY)).isFalse();
        assertThat(term(Agreement.Status.ENDED, DAY, null).activeOn(DAY)).isFalse();
        assertThat(term(null, DAY, null).activeOn(DAY)).isFalse();
        assertThat(term(Agreement.Status.ACTIVE, DAY.plusDays(1), null).activeOn(DAY)).isFalse();
        assertThat(term(Agreement.Status.ACTIVE, DAY.minusYears(1), DAY.minusDays(1)).activeOn(DAY)).isFalse();
        assertThat(term(Agreement.Status.ACTIVE, null, null).activeOn(DAY)).isFalse();
    }
}
