package no.jobbstotte.volunteersignup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Random;
import no.jobbstotte.shared.domain.Municipalities;
import no.jobbstotte.shared.json.Json;
import no.jobbstotte.shared.validation.FieldError;
import no.jobbstotte.shared.validation.ValidationResult;
import no.jobbstotte.shared.volunteer.Availability;
import no.jobbstotte.shared.volunteer.Interest;
import no.jobbstotte.shared.volunteer.VolunteerSignup;
import org.junit.jupiter.api.Test;

class VolunteerSignupValidatorTest {

    private static final ObjectMapper MAPPER = Json.newMapper();
    private final VolunteerSignupValidator validator = new VolunteerSignupValidator(Municipalities.bundled());

    static ObjectNode valid() {
        ObjectNode node = MAPPER.createObjectNode()
                .put("name", "Kari Nordmann")
                .put("email", "Kari@Example.NO")
                .put("phone", "912 34 567")
                .put("municipalityNumber", "0301")
                .put("message", "Jeg liker å gå tur.\nOg sykle.")
                .put("consent", "frivillig-samtykke-v1");
        node.putArray("interests").add("trips").add("sports").add("trips");
        node.putArray("availability").add("weekends");
        return node;
    }

    @Test
    void validate_completeSignup_isNormalised() {
        ValidationResult<VolunteerSignup> result = validator.validate(valid());
        assertThat(result).isInstanceOf(ValidationResult.Valid.class);
        VolunteerSignup signup = ((ValidationResult.Valid<VolunteerSignup>) result).value();
        assertThat(signup.email()).isEqualTo("Kari@example.no");
        assertThat(signup.phone()).isEqualTo("+4791234567");
        assertThat(signup.interests()).containsExactly(Interest.TRIPS, Interest.SPORTS);
        assertThat(signup.availability()).containsExactly(Availability.WEEKENDS);
        assertThat(VolunteerSignup.firstName(signup.name())).isEqualTo("Kari");
    }

    @Test
    void validate_optionalFieldsMissing_isValid() {
        ObjectNode body = valid();
        body.remove("message");
        body.remove("availability");
        assertThat(validator.validate(body)).isInstanceOf(ValidationResult.Valid.class);
    }

    @Test
    void validate_everyFieldWrong_reportsEachWithItsPointerAndCode() {
        ObjectNode body = MAPPER.createObjectNode()
                .put("name", "x".repeat(101))
                .put("email", "not-an-address")
                .put("phone", "22 33 44 55")
                .put("municipalityNumber", "9999")
                .put("message", "y".repeat(1001))
                .put("consent", "gammel-tekst")
                .put("extra", 1);
        body.putArray("interests").add("knitting").add(3);
        body.put("availability", "weekends");
        List<FieldError> errors = invalid(body);
        assertThat(errors).extracting(FieldError::field, FieldError::code).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("/extra", FieldError.UNKNOWN_FIELD),
                org.assertj.core.groups.Tuple.tuple("/name", FieldError.OUT_OF_RANGE),
                org.assertj.core.groups.Tuple.tuple("/email", FieldError.INVALID_FORMAT),
                org.assertj.core.groups.Tuple.tuple("/phone", FieldError.INVALID_FORMAT),
                org.assertj.core.groups.Tuple.tuple("/municipalityNumber", FieldError.UNKNOWN_MUNICIPALITY),
                org.assertj.core.groups.Tuple.tuple("/interests/0", FieldError.INVALID_VALUE),
                org.assertj.core.groups.Tuple.tuple("/interests/1", FieldError.INVALID_VALUE),
                org.assertj.core.groups.Tuple.tuple("/availability", FieldError.INVALID_TYPE),
                org.assertj.core.groups.Tuple.tuple("/message", FieldError.OUT_OF_RANGE),
                org.assertj.core.groups.Tuple.tuple("/consent", FieldError.INVALID_VALUE));
        assertThat(errors).allSatisfy(e -> assertThat(e.message()).doesNotContain("not-an-address", "knitting"));
    }

    @Test
    void validate_requiredMissingOrWrongType_isRequiredOrInvalidType() {
        ObjectNode body = MAPPER.createObjectNode().put("name", 5).put("phone", true);
        body.putArray("email");
        assertThat(invalid(body)).extracting(FieldError::field, FieldError::code).contains(
                org.assertj.core.groups.Tuple.tuple("/name", FieldError.INVALID_TYPE),
                org.assertj.core.groups.Tuple.tuple("/email", FieldError.INVALID_TYPE),
                org.assertj.core.groups.Tuple.tuple("/phone", FieldError.INVALID_TYPE),
                org.assertj.core.groups.Tuple.tuple("/municipalityNumber", FieldError.REQUIRED),
                org.assertj.core.groups.Tuple.tuple("/interests", FieldError.REQUIRED),
                org.assertj.core.groups.Tuple.tuple("/consent", FieldError.REQUIRED));
    }

    @Test
    void validate_controlCharacterInName_isInvalidFormat() {
        assertThat(invalid(valid().put("name", "Kari\u0000"))).extracting(FieldError::code)
                .containsExactly(FieldError.INVALID_FORMAT);
    }

    @Test
    void validate_notAnObject_isOneError() {
        assertThat(invalid(MAPPER.createArrayNode())).hasSize(1);
    }

    @Test
    void isBot_onlyWhenHoneypotHoldsSomething() {
        assertThat(VolunteerSignupValidator.isBot(valid())).isFalse();
        assertThat(VolunteerSignupValidator.isBot(valid().put("website", " "))).isFalse();
        assertThat(VolunteerSignupValidator.isBot(valid().put("website", "http://spam.example"))).isTrue();
        assertThat(VolunteerSignupValidator.isBot(valid().put("website", 1))).isTrue();
    }

    @Test
    void validate_seededRandomMutations_neverThrow() {
        Random random = new Random(42L);
        JsonNode[] samples = {MAPPER.getNodeFactory().textNode("x"), MAPPER.getNodeFactory().numberNode(7),
                MAPPER.getNodeFactory().booleanNode(true), MAPPER.getNodeFactory().nullNode(),
                MAPPER.createArrayNode().add("trips").add(1), MAPPER.createObjectNode().put("a", "b"),
                MAPPER.getNodeFactory().textNode("\u0000\uFFFF\uD83D\uDE00".repeat(300))};
        List<String> fields = List.of("name", "email", "phone", "municipalityNumber", "interests", "availability",
                "message", "consent", "website", "other");
        for (int i = 0; i < 5_000; i++) {
            ObjectNode body = valid();
            for (int n = random.nextInt(4); n >= 0; n--) {
                String field = fields.get(random.nextInt(fields.size()));
                if (random.nextBoolean()) {
                    body.remove(field);
                } else {
                    body.set(field, samples[random.nextInt(samples.length)]);
                }
            }
            validator.validate(body);
        }
    }

    private List<FieldError> invalid(JsonNode body) {
        ValidationResult<VolunteerSignup> result = validator.validate(body);
        assertThat(result).isInstanceOf(ValidationResult.Invalid.class);
        return ((ValidationResult.Invalid<VolunteerSignup>) result).errors();
    }
}
