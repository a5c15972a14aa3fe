package no.jobbstotte.shared.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import no.jobbstotte.shared.batch.InvalidMessageException;
import org.junit.jupiter.api.Test;

class AgreementMessageTest {

    private static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void deduplicationId_sameVersionAndContent_isTheSame() {
        Agreement agreement = AgreementTestData.agreement();
        assertThat(new AgreementMessage(agreement, "r-1", AT).deduplicationId())
                .isEqualTo(new AgreementMessage(agreement, "r-2", AT.plusSeconds(5)).deduplicationId());
    }

    @Test
    void deduplicationId_sameVersionOtherContent_differsSoTheConflictReachesSync() {
        Agreement agreement = AgreementTestData.agreement();
        Agreement rival = new Agreement(agreement.chainId(), agreement.agreementId(), agreement.version(), agreement.type(),
                agreement.employer(), agreement.unitName(), agreement.municipalityNumber(), agreement.validFrom(),
                agreement.validTo(), agreement.adaptedPositions() + 1, agreement.contactRole(), agreement.status());
        assertThat(new AgreementMessage(rival, "r-1", AT).deduplicationId())
                .isNotEqualTo(new AgreementMessage(agreement, "r-1", AT).deduplicationId());
        assertThat(new AgreementMessage(agreement, "r-1", AT).messageGroupId())
                .isEqualTo(new AgreementMessage(rival, "r-1", AT).messageGroupId());
    }

    @Test
    void parse_writtenMessage_roundTrips() {
        AgreementMessage message = new AgreementMessage(AgreementTestData.agreement(), "r-1", AT);
        assertThat(AgreementMessage.parse(message.toJson())).isEqualTo(message);
    }

    @Test
    void parse_notAnAgreementMessage_isInvalidWithoutQuotingTheBody() {
        assertThatThrownBy(() -> AgreementMessage.parse("{\"secret\":\"kari@example.no\"}"))
                .isInstanceOf(InvalidMessageException.class).hasMessageNotContaining("kari@example.no");
    }
}
