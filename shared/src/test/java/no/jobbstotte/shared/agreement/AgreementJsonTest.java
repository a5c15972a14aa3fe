package no.jobbstotte.shared.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import no.jobbstotte.shared.json.Json;
import no.jobbstotte.shared.testing.Tries;
import org.junit.jupiter.api.Test;

class AgreementJsonTest {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    @Test
    void write_agreement_hasWireFieldsPlusChainId() throws Exception {
        ObjectMapper mapper = Json.newMapper();
        ObjectNode expected = AgreementTestData.validItem().put("chainId", AgreementTestData.CHAIN);

        String written = mapper.writeValueAsString(AgreementJson.write(AgreementTestData.agreement(), JSON));

        // Compared as parsed text: the tree keeps int and long nodes apart, the wire does not.
        assertThat(mapper.readTree(written)).isEqualTo(mapper.readTree(mapper.writeValueAsString(expected)));
    }

    @Test
    void write_openEnded_omitsValidTo() {
        Agreement openEnded = withValidTo(AgreementTestData.agreement(), Optional.empty());

        assertThat(AgreementJson.write(openEnded, JSON).has("validTo")).isFalse();
    }

    @Test
    void read_writtenAgreement_roundTrips() {
        Agreement agreement = AgreementTestData.agreement();

        assertThat(AgreementJson.read(AgreementJson.write(agreement, JSON))).isEqualTo(agreement);
    }

    @Test
    void read_afterSerialisingToText_roundTrips() throws Exception {
        ObjectMapper mapper = Json.newMapper();
        Agreement agreement = AgreementTestData.agreement();

        String text = mapper.writeValueAsString(AgreementJson.write(agreement, JSON));

        assertThat(AgreementJson.read(mapper.readTree(text))).isEqualTo(agreement);
    }

    @Test
    void read_fieldUnknownToThisRelease_isIgnored() {
        ObjectNode node = AgreementJson.write(AgreementTestData.agreement(), JSON).put("addedLater", true);

        assertThat(AgreementJson.read(node)).isEqualTo(AgreementTestData.agreement());
    }

    @Test
    void read_retiredMunicipalityNumber_stillReads() {
        ObjectNode node = AgreementJson.write(AgreementTestData.agreement(), JSON).put("municipalityNumber", "0101");

        assertThat(AgreementJson.read(node).municipalityNumber()).isEqualTo("0101");
    }

    @Test
    void read_missingField_throwsNamingFieldButNotValue() {
        ObjectNode node = AgreementJson.write(AgreementTestData.agreement(), JSON);
        node.remove("unitName");

        assertThatThrownBy(() -> AgreementJson.read(node))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unitName");
    }

    @Test
    void read_badValues_throwIllegalArgumentWithoutQuotingThem() {
        ObjectNode agreement = AgreementJson.write(AgreementTestData.agreement(), JSON);

        for (ObjectNode bad : new ObjectNode[] {
            agreement.deepCopy().put("employerOrgNumber", "964951285"),
            agreement.deepCopy().put("type", "other"),
            agreement.deepCopy().put("status", "other"),
            agreement.deepCopy().put("validFrom", "2024-02-30"),
            agreement.deepCopy().put("version", "3"),
            agreement.deepCopy().put("adaptedPositions", 10_000_000_000L),
            agreement.deepCopy().put("chainId", "bad chain"),
        }) {
            assertThatThrownBy(() -> AgreementJson.read(bad))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageNotContaining("964951285")
                    .hasMessageNotContaining("bad chain");
        }
    }

    @Test
    void read_notAnObject_throws() {
        assertThatThrownBy(() -> AgreementJson.read(JSON.arrayNode())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AgreementJson.read(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void read_writeOfAnyAgreement_roundTrips() {
        Tries.check(0x5EED_B001L, Tries.DEFAULT, AgreementTestData::random,
                agreement -> assertThat(AgreementJson.read(AgreementJson.write(agreement, JSON))).isEqualTo(agreement));
    }

    private static Agreement withValidTo(Agreement a, Optional<java.time.LocalDate> validTo) {
        return new Agreement(a.chainId(), a.agreementId(), a.version(), a.type(), a.employer(), a.unitName(),
                a.municipalityNumber(), a.validFrom(), validTo, a.adaptedPositions(), a.contactRole(), a.status());
    }
}
