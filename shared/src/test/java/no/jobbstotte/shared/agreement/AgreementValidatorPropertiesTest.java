package no.jobbstotte.shared.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import no.jobbstotte.shared.domain.Municipalities;
import no.jobbstotte.shared.validation.FieldError;
import no.jobbstotte.shared.validation.ValidationResult;

class AgreementValidatorPropertiesTest {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final AgreementValidator validator = new AgreementValidator(Municipalities.bundled());

    // Edge-case combinations of nested objects explode; random tries find more here, and faster.
    @Property(tries = 1000, edgeCases = EdgeCasesMode.NONE)
    void validate_anyJsonObject_neverThrowsAndIsDeterministic(@ForAll("items") JsonNode item) {
        ValidationResult<Agreement> first = validator.validate(AgreementTestData.CHAIN, item, "/items/0");

        assertThat(validator.validate(AgreementTestData.CHAIN, item, "/items/0")).isEqualTo(first);
        if (first instanceof ValidationResult.Invalid<Agreement> invalid) {
            assertThat(invalid.errors()).allSatisfy(error -> assertThat(error.field()).startsWith("/items/0"));
        }
    }

    @Property
    void validate_anyValidItemWithOneFieldReplaced_neverThrows(
            @ForAll("fieldNames") String field, @ForAll("values") JsonNode value) {
        ObjectNode item = AgreementTestData.validItem();
        item.set(field, value);

        assertThat(validator.validate(AgreementTestData.CHAIN, item, "/items/0")).isNotNull();
    }

    @Property
    void validate_writtenFormOfAnyAgreement_returnsThatAgreement(@ForAll long seed) {
        Agreement agreement = AgreementTestData.random(new SplittableRandom(seed));
        ObjectNode item = AgreementJson.write(agreement, JSON);
        item.remove("chainId");

        assertThat(validator.validate(agreement.chainId(), item, "")).isEqualTo(new ValidationResult.Valid<>(agreement));
    }

    @Property
    void validate_anyUnknownFieldName_isReportedAsUnknownField(@ForAll String name) {
        if (AgreementValidator.FIELDS.contains(name)) {
            return;
        }
        ObjectNode item = AgreementTestData.validItem().put(name, 1);

        assertThat(validator.validate(AgreementTestData.CHAIN, item, ""))
                .isEqualTo(new ValidationResult.Invalid<Agreement>(List.of(new FieldError(
                        "/" + FieldError.pointerSegment(name), FieldError.UNKNOWN_FIELD,
                        "Feltet er ukjent. Tillatte felt: " + String.join(", ", AgreementValidator.FIELDS) + "."))));
    }

    @Provide
    Arbitrary<JsonNode> items() {
        return Arbitraries.frequencyOf(
                Tuple.of(8, objects(1)),
                Tuple.of(1, values()));
    }

    @Provide
    Arbitrary<String> fieldNames() {
        return Arbitraries.of(AgreementValidator.FIELDS);
    }

    /** Objects whose keys are mostly the real field names, so every field's checks are reached. */
    private Arbitrary<JsonNode> objects(int depth) {
        Arbitrary<String> keys = Arbitraries.oneOf(fieldNames(), fieldNames(), fieldNames(), Arbitraries.strings().ofMaxLength(8));
        Arbitrary<JsonNode> fieldValues = depth == 0 ? scalars() : Arbitraries.oneOf(scalars(), scalars(), scalars(), objects(depth - 1));
        // A list of entries, not a map: a later duplicate key simply overwrites, with no uniqueness retries.
        return Combinators.combine(keys, fieldValues).as(Map::entry).list().ofMaxSize(14).map(entries -> {
            ObjectNode node = JSON.objectNode();
            entries.forEach(entry -> node.set(entry.getKey(), entry.getValue()));
            return node;
        });
    }

    @Provide
    Arbitrary<JsonNode> values() {
        return Arbitraries.oneOf(scalars(), objects(1), scalars().list().ofMaxSize(4).map(list -> {
            var array = JSON.arrayNode();
            list.forEach(array::add);
            return array;
        }));
    }

    /** Scalars of every JSON type, biased toward near-misses of the real formats. */
    private Arbitrary<JsonNode> scalars() {
        return Arbitraries.oneOf(
                Arbitraries.just(JSON.nullNode()),
                Arbitraries.of(true, false).map(JSON::booleanNode),
                Arbitraries.longs().map(JSON::numberNode),
                Arbitraries.integers().between(-2, 10_002).map(JSON::numberNode),
                Arbitraries.doubles().map(JSON::numberNode),
                Arbitraries.bigIntegers().between(BigInteger.TWO.pow(53).negate(), BigInteger.TEN.pow(30)).map(JSON::numberNode),
                Arbitraries.bigDecimals().map(JSON::numberNode),
                Arbitraries.just(JSON.numberNode(new BigDecimal("1E+400"))),
                Arbitraries.strings().ofMaxLength(210).map(JSON::textNode),
                Arbitraries.strings().withCharRange('0', '9').ofMinLength(1).ofMaxLength(10).map(JSON::textNode),
                Arbitraries.strings().withChars("0123456789-T:+ ").ofMaxLength(12).map(JSON::textNode),
                Arbitraries.of("framework", "local", "active", "suspended", "ended", "0301", "9999", "964951284",
                        "964951285", "2024-02-29", "2023-02-29", "9999-12-31", "0000-01-01", " ", "\u0000", "\uD800")
                        .map(JSON::textNode));
    }
}
