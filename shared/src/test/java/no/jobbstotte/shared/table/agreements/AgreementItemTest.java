package no.jobbstotte.shared.table.agreements;

import static org.assertj.core.api.Assertions.assertThat;

import no.jobbstotte.shared.agreement.Agreement;
import org.junit.jupiter.api.Test;

class AgreementItemTest {

    @Test
    void padded_isSixteenDigitsAndSortsVersionsNumerically() {
        assertThat(AgreementItem.padded(1)).isEqualTo("0000000000000001");
        assertThat(AgreementItem.padded(Agreement.MAX_VERSION)).isEqualTo(String.format("%016d", Agreement.MAX_VERSION));
        assertThat(AgreementItem.padded(9)).isLessThan(AgreementItem.padded(10));
    }
}
