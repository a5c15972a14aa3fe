package no.jobbstotte.agreementsapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;
import no.jobbstotte.shared.agreement.Agreement;
import no.jobbstotte.shared.agreement.AgreementJson;
import no.jobbstotte.shared.agreement.AgreementTestData;
import no.jobbstotte.shared.domain.Municipalities;
import no.jobbstotte.shared.testing.RandomJson;
import no.jobbstotte.shared.testing.RandomValues;
import no.jobbstotte.shared.testing.Tries;
import no.jobbstotte.shared.validation.FieldError;
import no.jobbstotte.shared.validation.ValidationResult;
import org.junit.jupiter.api.Test;

/** Properties over random input: seeded, so a failure names the seed and sample that reproduce it. */
class AgreementValidatorPropertiesTest {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final RandomJson RANDOM_JSON = new RandomJson(AgreementValidator.FIELDS);

    private final AgreementValidator validator = new AgreementValidator(Municipalities.bundled());

    @Test
    void validate_anyJsonObject_neverThrowsAndIsDeterministic() {
        Tries.check(0x5EED_A001L, Tries.DEFAULT, RANDOM_JSON::item, item -> {
            ValidationResult<Agreement> first = validator.validate(AgreementTestData.CHAIN, item, "/items/0");

            assertThat(validator.validate(AgreementTestData.CHAIN, item, "/items/0")).isEqualTo(first);
            if (first instanceof ValidationResult.Invalid<Agreement> invalid) {
                assertThat(invalid.errors()).allSatisfy(error -> assertThat(error.field()).startsWith("/items/0"));
            }
        });
    }

    record Replacement(String field, JsonNode value) {}

    @Test
    void validate_anyValidItemWithOneFieldReplaced_neverThrows() {
        Tries.check(0x5EED_A002L, Tries.DEFAULT,
                // Mostly scalars, where each field's own checks (and their near misses) live.
                random -> new Replacement(RANDOM_JSON.fieldName(random),
                        random.nextBoolean() ? RANDOM_JSON.scalar(random) : RANDOM_JSON.value(random)),
                replacement -> {
                    ObjectNode item = AgreementTestData.validItem();
                    item.set(replacement.field(), replacement.value());

                    assertThat(validator.validate(AgreementTestData.CHAIN, item, "/items/0")).isNotNull();
                });
    }

    @Test
    void validate_writtenFormOfAnyAgreement_returnsThatAgreement() {
        Tries.check(0x5EED_A003L, Tries.DEFAULT, AgreementTestData::random, agreement -> {
            ObjectNode item = AgreementJson.write(agreement, JSON);
            item.remove("chainId");

            assertThat(validator.validate(agreement.chainId(), item, "")).isEqualTo(new ValidationResult.Valid<>(agreement));
        });
    }

    @Test
    void validate_anyUnknownFieldName_isReportedAsUnknownField() {
        Tries.check(0x5EED_A004L, Tries.DEFAULT, AgreementValidatorPropertiesTest::unknownName, name -> {
            ObjectNode item = AgreementTestData.validItem().put(name, 1);

            assertThat(validator.validate(AgreementTestData.CHAIN, item, ""))
                    .isEqualTo(new ValidationResult.Invalid<Agreement>(List.of(new FieldError(
                            "/" + FieldError.pointerSegment(name), FieldError.UNKNOWN_FIELD,
                            "Feltet er ukjent. Tillatte felt: " + String.join(", ", AgreementValidator.FIELDS) + "."))));
        });
    }

    /** Any name but a known field: often a near miss of one (case, '~' and '/' that JSON Pointer escapes). */
    private static String unknownName(RandomGenerator random) {
        while (true) {
            String field = RANDOM_JSON.fieldName(random);
            String name = switch (random.nextInt(4)) {
                case 0 -> field.toUpperCase(Locale.ROOT);
                case 1 -> field + RandomValues.stringOf(random, "~/01 ", 1, 3);
                case 2 -> RandomValues.stringOf(random, "~/01a", 0, 6);
                default -> RandomValues.anyString(random, 40);
            };
            if (!AgreementValidator.FIELDS.contains(name)) {
                return name;
            }
        }
    }
}
