package no.jobbstotte.shared.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DynamoDbAgreementStorePaddingTest {

    @Test
    void padded_isSixteenDigitsAndSortsVersionsNumerically() {
        assertThat(DynamoDbAgreementStore.padded(1)).isEqualTo("0000000000000001");
        assertThat(DynamoDbAgreementStore.padded(Agreement.MAX_VERSION)).isEqualTo(String.format("%016d", Agreement.MAX_VERSION));
        assertThat(DynamoDbAgreementStore.padded(9)).isLessThan(DynamoDbAgreementStore.padded(10));
    }
}
