package no.jobbstotte.agreementsapi;

import static no.jobbstotte.shared.agreement.AgreementTestData.CHAIN;
import static no.jobbstotte.shared.agreement.AgreementTestData.validItem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import no.jobbstotte.shared.agreement.Agreement;
import no.jobbstotte.shared.agreement.AgreementTestData;
import no.jobbstotte.shared.domain.Municipalities;
import no.jobbstotte.shared.validation.FieldError;
import no.jobbstotte.shared.validation.ValidationResult;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AgreementValidatorTest {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String AT = "/items/3";

    private final AgreementValidator validator = new AgreementValidator(Municipalities.bundled());

    @Test
    void validate_validItem_returnsAgreement() {
        assertThat(validator.validate(CHAIN, validItem(), AT))
                .isEqualTo(new ValidationResult.Valid<>(AgreementTestData.agreement()));
    }

    @Test
    void validate_validToAbsentOrNull_isOpenEnded() {
        ObjectNode absent = validItem();
        absent.remove("validTo");
        ObjectNode explicitNull = validItem().putNull("validTo");

        assertThat(valid(absent).validTo()).isEmpty();
        assertThat(valid(explicitNull).validTo()).isEmpty();
    }

    @Test
    void validate_emptyObject_reportsEveryRequiredFieldInFieldOrder() {
        assertThat(errors(JSON.objectNode())).extracting(FieldError::field, FieldError::code).containsExactly(
                tuple("agreementId", "required"), tuple("version", "required"), tuple("type", "required"),
                tuple("employerOrgNumber", "required"), tuple("unitName", "required"),
                tuple("municipalityNumber", "required"), tuple("validFrom", "required"),
                tuple("adaptedPositions", "required"), tuple("contactRole", "required"), tuple("status", "required"));
    }

    @Test
    void validate_requiredFieldNull_isRequired() {
        assertThat(errors(validItem().putNull("status"))).containsExactly(
                new FieldError(AT + "/status", "required", "Feltet er påkrevd."));
    }

    @Test
    void validate_itemNotAnObject_isInvalidTypeAtItem() {
        for (JsonNode item : List.of(JSON.arrayNode(), JSON.textNode("x"), JSON.numberNode(1), JSON.nullNode())) {
            assertThat(errors(item)).extracting(FieldError::field, FieldError::code)
                    .containsExactly(Tuple.tuple(AT, "invalid_type"));
        }
        assertThat(validator.validate(CHAIN, null, AT)).isInstanceOf(ValidationResult.Invalid.class);
    }

    @Test
    void validate_invalidChainId_throws() {
        assertThatThrownBy(() -> validator.validate("bad chain", validItem(), AT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void validate_sameInputTwice_givesEqualResults() {
        ObjectNode item = JSON.objectNode().put("version", "x").put("zzz", 1).put("aaa", 2);

        assertThat(validator.validate(CHAIN, item, AT)).isEqualTo(validator.validate(CHAIN, item, AT));
    }

    @Test
    void validate_errors_haveNorwegianMessagesWithoutInputValues() {
        ObjectNode item = validItem().put("unitName", "x".repeat(201)).put("employerOrgNumber", "964951285");

        assertThat(errors(item)).extracting(FieldError::message)
                .containsExactly("Kontrollsifferet stemmer ikke. Sjekk organisasjonsnummeret.", "Kan være på høyst 200 tegn.")
                .allSatisfy(message -> assertThat(message).doesNotContain("964951285", "xxxx"));
    }

    @Nested
    class AgreementId {
        @ParameterizedTest
        @ValueSource(strings = {"", "avtale 1", "avtale/1", "ønske", "01234567890123456789012345678901234567890123456789012345678901234"})
        void validate_notIdPattern_isInvalidFormat(String id) {
            assertSingleError(validItem().put("agreementId", id), "agreementId", "invalid_format");
        }

        @Test
        void validate_number_isInvalidType() {
            assertSingleError(validItem().put("agreementId", 17), "agreementId", "invalid_type");
        }
    }

    @Nested
    class Version {
        @Test
        void validate_zeroOrNegative_isOutOfRange() {
            assertSingleError(validItem().put("version", 0), "version", "out_of_range");
            assertSingleError(validItem().put("version", -5), "version", "out_of_range");
        }

        @Test
        void validate_beyondJavaScriptSafeInteger_isOutOfRange() {
            assertThat(valid(validItem().put("version", Agreement.MAX_VERSION)).version()).isEqualTo(Agreement.MAX_VERSION);
            assertSingleError(validItem().put("version", Agreement.MAX_VERSION + 1), "version", "out_of_range");
            assertSingleError(validItem().put("version", new BigInteger("123456789012345678901234567890")),
                    "version", "out_of_range");
        }

        @Test
        void validate_stringDecimalOrBoolean_isInvalidType() {
            assertSingleError(validItem().put("version", "3"), "version", "invalid_type");
            assertSingleError(validItem().put("version", 3.0), "version", "invalid_type");
            assertSingleError(validItem().put("version", true), "version", "invalid_type");
        }
    }

    @Nested
    class TypeAndStatus {
        @Test
        void validate_framework_isFramework() {
            assertThat(valid(validItem().put("type", "framework")).type()).isEqualTo(Agreement.Type.FRAMEWORK);
        }

        @Test
        void validate_unknownOrUpperCaseType_isInvalidValue() {
            assertSingleError(validItem().put("type", "FRAMEWORK"), "type", "invalid_value");
            assertSingleError(validItem().put("type", "regional"), "type", "invalid_value");
        }

        @Test
        void validate_everyStatus_isMapped() {
            assertThat(valid(validItem().put("status", "suspended")).status()).isEqualTo(Agreement.Status.SUSPENDED);
            assertThat(valid(validItem().put("status", "ended")).status()).isEqualTo(Agreement.Status.ENDED);
        }

        @Test
        void validate_unknownStatus_isInvalidValue() {
            assertSingleError(validItem().put("status", "inactive"), "status", "invalid_value");
        }
    }

    @Nested
    class EmployerOrgNumber {
        @Test
        void validate_wrongCheckDigit_isInvalidCheckDigit() {
            assertSingleError(validItem().put("employerOrgNumber", "964951285"), "employerOrgNumber", "invalid_check_digit");
        }

        @ParameterizedTest
        @ValueSource(strings = {"964 951 284", "96495128", "NO964951284", ""})
        void validate_notNineDigits_isInvalidFormat(String value) {
            assertSingleError(validItem().put("employerOrgNumber", value), "employerOrgNumber", "invalid_format");
        }

        @Test
        void validate_jsonNumber_isInvalidType() {
            assertSingleError(validItem().put("employerOrgNumber", 964951284), "employerOrgNumber", "invalid_type");
        }
    }

    @Nested
    class FreeText {
        @Test
        void validate_surroundingWhiteSpace_isStripped() {
            assertThat(valid(validItem().put("unitName", "  Rema 1000 Majorstuen\t")).unitName())
                    .isEqualTo("Rema 1000 Majorstuen");
        }

        @Test
        void validate_blank_isRequired() {
            assertSingleError(validItem().put("unitName", "   "), "unitName", "required");
        }

        @Test
        void validate_lengthLimits_countCharactersNotBytes() {
            assertThat(valid(validItem().put("unitName", "ø".repeat(200))).unitName()).hasSize(200);
            assertSingleError(validItem().put("unitName", "ø".repeat(201)), "unitName", "out_of_range");
            assertThat(valid(validItem().put("contactRole", "r".repeat(100))).contactRole()).hasSize(100);
            assertSingleError(validItem().put("contactRole", "r".repeat(101)), "contactRole", "out_of_range");
        }

        @Test
        void validate_controlCharacterInside_isInvalidFormat() {
            assertSingleError(validItem().put("unitName", "Rema\n1000"), "unitName", "invalid_format");
        }

        @ParameterizedTest
        @ValueSource(strings = {"kari@rema.no", "butikksjef, tlf 91234567"})
        void validate_contactRoleWithContactDetails_isInvalidValue(String role) {
            assertSingleError(validItem().put("contactRole", role), "contactRole", "invalid_value");
        }
    }

    @Nested
    class MunicipalityNumber {
        @Test
        void validate_unknownNumber_isUnknownMunicipality() {
            assertSingleError(validItem().put("municipalityNumber", "9999"), "municipalityNumber", "unknown_municipality");
        }

        @Test
        void validate_withoutLeadingZero_isInvalidFormat() {
            assertSingleError(validItem().put("municipalityNumber", "301"), "municipalityNumber", "invalid_format");
        }

        @Test
        void validate_jsonNumber_isInvalidType() {
            assertSingleError(validItem().put("municipalityNumber", 301), "municipalityNumber", "invalid_type");
        }

        @Test
        void validate_otherExistingNumber_isAccepted() {
            assertThat(valid(validItem().put("municipalityNumber", "4601")).municipalityNumber()).isEqualTo("4601");
        }
    }

    @Nested
    class Dates {
        @ParameterizedTest
        @ValueSource(strings = {"2024-02-30", "24-01-01", "2024-1-1", "2024-01-01T00:00", "01.01.2024", "+2024-01-01"})
        void validate_notCalendarDate_isInvalidFormat(String value) {
            assertSingleError(validItem().put("validFrom", value), "validFrom", "invalid_format");
        }

        @Test
        void validate_leapDay_isAccepted() {
            assertThat(valid(validItem().put("validFrom", "2024-02-29")).validFrom()).isEqualTo(LocalDate.of(2024, 2, 29));
        }

        @Test
        void validate_validToBeforeValidFrom_isInvalidPeriodOnValidTo() {
            assertSingleError(validItem().put("validFrom", "2024-06-01").put("validTo", "2024-05-31"),
                    "validTo", "invalid_period");
        }

        @Test
        void validate_validToEqualsValidFrom_isAccepted() {
            Agreement agreement = valid(validItem().put("validFrom", "2024-06-01").put("validTo", "2024-06-01"));

            assertThat(agreement.validTo()).contains(LocalDate.of(2024, 6, 1));
        }

        @Test
        void validate_invalidValidFrom_skipsPeriodCheck() {
            assertSingleError(validItem().put("validFrom", "x").put("validTo", "2000-01-01"), "validFrom", "invalid_format");
        }
    }

    @Nested
    class AdaptedPositions {
        @Test
        void validate_bounds_areInclusive() {
            assertThat(valid(validItem().put("adaptedPositions", 0)).adaptedPositions()).isZero();
            assertThat(valid(validItem().put("adaptedPositions", 10_000)).adaptedPositions()).isEqualTo(10_000);
        }

        @Test
        void validate_outsideBounds_isOutOfRange() {
            assertSingleError(validItem().put("adaptedPositions", -1), "adaptedPositions", "out_of_range");
            assertSingleError(validItem().put("adaptedPositions", 10_001), "adaptedPositions", "out_of_range");
        }
    }

    /**
     * Text the queue cannot carry (SQS takes XML 1.0 characters only) is refused in every string
     * field, or an accepted push would fail at SendMessage and stay "accepted" for ever.
     */
    @Nested
    class UntransmittableText {

        /** The string fields, from the valid item rather than by hand, so a new one is covered too. */
        static List<String> stringFields() {
            ObjectNode item = validItem();
            return AgreementValidator.FIELDS.stream().filter(field -> item.path(field).isTextual()).toList();
        }

        @Test
        void stringFields_coverEveryTextFieldOfTheItem() {
            assertThat(stringFields()).containsExactlyInAnyOrder("agreementId", "type", "employerOrgNumber",
                    "unitName", "municipalityNumber", "validFrom", "validTo", "contactRole", "status");
        }

        @ParameterizedTest
        @ValueSource(strings = {"\ud800", "\udc00", "\udbff", "\udfff", "\ufffe", "\uffff"})
        void validate_loneSurrogateOrNoncharacterInAnyStringField_isInvalidFormat(String character) {
            for (String field : stringFields()) {
                String value = validItem().get(field).textValue();
                for (String bad : List.of(character + value, value.substring(0, 1) + character + value.substring(1),
                        value + character)) {
                    assertSingleError(validItem().put(field, bad), field, "invalid_format");
                }
            }
        }

        @Test
        void validate_surrogatePairAndOtherPrivateOrSpecialCharacters_areAccepted() {
            String text = "Rema \ud83d\ude00 \ue000 \ufffd \ufdd0 \uD83F\uDFFF";
            assertThat(valid(validItem().put("unitName", text)).unitName()).isEqualTo(text);
        }

        @Test
        void isTransmittable_matchesTheXml10CharacterRangesAboveControls() {
            for (int c = 0x20; c <= Character.MAX_CODE_POINT; c++) {
                boolean xml = c <= 0xD7FF || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
                assertThat(AgreementValidator.isTransmittable(c)).as(Integer.toHexString(c)).isEqualTo(xml);
            }
        }
    }

    @Nested
    class UnknownFields {
        @Test
        void validate_unknownFields_areRejectedAfterKnownFieldsInDocumentOrder() {
            ObjectNode item = validItem().put("validTO", "2030-01-01").put("chainId", "other").put("version", 0);

            assertThat(errors(item)).extracting(FieldError::field, FieldError::code).containsExactly(
                    tuple("version", "out_of_range"), tuple("validTO", "unknown_field"), tuple("chainId", "unknown_field"));
        }

        @Test
        void validate_unknownFieldWithSlashOrTilde_isEscapedInPointer() {
            assertThat(errors(validItem().put("a/b~c", 1))).extracting(FieldError::field)
                    .containsExactly(AT + "/a~1b~0c");
        }
    }

    private Agreement valid(JsonNode item) {
        ValidationResult<Agreement> result = validator.validate(CHAIN, item, AT);
        assertThat(result).isInstanceOf(ValidationResult.Valid.class);
        return ((ValidationResult.Valid<Agreement>) result).value();
    }

    private List<FieldError> errors(JsonNode item) {
        ValidationResult<Agreement> result = validator.validate(CHAIN, item, AT);
        assertThat(result).isInstanceOf(ValidationResult.Invalid.class);
        return ((ValidationResult.Invalid<Agreement>) result).errors();
    }

    private void assertSingleError(JsonNode item, String field, String code) {
        assertThat(errors(item)).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple(field, code));
    }

    private static Tuple tuple(String field, String code) {
        return Tuple.tuple(AT + "/" + field, code);
    }
}
