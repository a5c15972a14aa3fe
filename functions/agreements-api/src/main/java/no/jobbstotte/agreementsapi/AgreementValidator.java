package no.jobbstotte.agreementsapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import no.jobbstotte.shared.agreement.Agreement;
import no.jobbstotte.shared.domain.InvalidOrganisationNumberException;
import no.jobbstotte.shared.domain.Municipalities;
import no.jobbstotte.shared.domain.OrganisationNumber;
import no.jobbstotte.shared.validation.FieldError;
import no.jobbstotte.shared.validation.ValidationResult;

/**
 * Validates one agreement item of a chain's push, given as a parsed JSON tree because the body may
 * hold any JSON at all. It reports every problem it finds, in a fixed order (the fields as in
 * {@link #FIELDS}, then unknown fields as they appear), and never throws on any JSON input.
 *
 * <p><b>Unknown fields are rejected</b> with {@code unknown_field}: a misspelt optional field
 * such as {@code validTO} would otherwise be dropped in silence and the agreement stored as
 * open-ended. A chain that wants to send more must ask for a new version of the format.
 *
 * <p>Free text is stripped of surrounding white space before it is checked and stored; the
 * chain id comes from the request path, not the item.
 */
public final class AgreementValidator {

    /** The wire fields of an item, in the order they are checked. */
    public static final List<String> FIELDS = List.of(
            "agreementId", "version", "type", "employerOrgNumber", "unitName", "municipalityNumber",
            "validFrom", "validTo", "adaptedPositions", "contactRole", "status");

    private static final Set<String> KNOWN = Set.copyOf(FIELDS);
    private static final Pattern MUNICIPALITY_NUMBER = Pattern.compile("[0-9]{4}");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    /** An e-mail address or a phone number: a sign that a person, not a role, was entered. */
    private static final Pattern CONTACT_DETAILS = Pattern.compile(".*(@|[0-9]{5}).*", Pattern.DOTALL);

    private final Municipalities municipalities;

    public AgreementValidator(Municipalities municipalities) {
        this.municipalities = municipalities;
    }

    /**
     * @param chainId the chain from the request path; the caller has already checked it with
     *     {@link Agreement#isValidId}
     * @param item one element of the request's {@code items}, any JSON value
     * @param pointer where the item sits in the request, e.g. {@code /items/3}; field pointers
     *     extend it
     * @throws IllegalArgumentException only for an invalid chainId, never for the item
     */
    public ValidationResult<Agreement> validate(String chainId, JsonNode item, String pointer) {
        if (!Agreement.isValidId(chainId)) {
            throw new IllegalArgumentException("Invalid chainId");
        }
        if (item == null || !item.isObject()) {
            return new ValidationResult.Invalid<>(List.of(new FieldError(
                    pointer, FieldError.INVALID_TYPE, "Hver avtale må være et JSON-objekt.")));
        }
        return new Check(item, pointer).agreement(chainId);
    }

    /**
     * Whether the queue can carry the character: SQS takes only XML 1.0 characters, so a lone
     * surrogate (a JSON escape of half a pair gives one) or U+FFFE/U+FFFF would make it refuse
     * the whole message after the push was accepted. Control characters are left to the free-text
     * check, which gives them their own message; the regular fields refuse them by their patterns.
     */
    static boolean isTransmittable(int codePoint) {
        boolean loneSurrogate = codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE;
        return !loneSurrogate && codePoint != 0xFFFE && codePoint != 0xFFFF;
    }

    /** The state of validating one item: the item and the errors found so far. */
    private final class Check {
        private final JsonNode item;
        private final String pointer;
        private final List<FieldError> errors = new ArrayList<>();

        Check(JsonNode item, String pointer) {
            this.item = item;
            this.pointer = pointer;
        }

        ValidationResult<Agreement> agreement(String chainId) {
            String agreementId = text("agreementId")
                    .filter(id -> matches(Agreement.isValidId(id), "agreementId", FieldError.INVALID_FORMAT,
                            "Må være 1–64 tegn: bokstavene A–Z og a–z, sifre, punktum, bindestrek eller understrek."))
                    .orElse(null);
            Long version = integer("version", 1, Agreement.MAX_VERSION).orElse(null);
            Agreement.Type type = choice("type", Agreement.Type::fromWire, "Må være «framework» eller «local».");
            OrganisationNumber employer = text("employerOrgNumber").map(this::organisationNumber).orElse(null);
            String unitName = freeText("unitName", Agreement.MAX_UNIT_NAME).orElse(null);
            String municipality = text("municipalityNumber").filter(this::municipality).orElse(null);
            LocalDate validFrom = date("validFrom", true).orElse(null);
            Optional<LocalDate> validTo = date("validTo", false);
            if (validFrom != null && validTo.isPresent() && validTo.get().isBefore(validFrom)) {
                error("validTo", FieldError.INVALID_PERIOD, "Kan ikke være før validFrom.");
            }
            Long adaptedPositions = integer("adaptedPositions", 0, Agreement.MAX_ADAPTED_POSITIONS).orElse(null);
            String contactRole = freeText("contactRole", Agreement.MAX_CONTACT_ROLE)
                    .filter(role -> matches(!CONTACT_DETAILS.matcher(role).matches(), "contactRole",
                            FieldError.INVALID_VALUE,
                            "Oppgi en rolle, for eksempel «butikksjef», ikke e-postadresse eller telefonnummer."))
                    .orElse(null);
            Agreement.Status status = choice("status", Agreement.Status::fromWire,
                    "Må være «active», «suspended» eller «ended».");
            unknownFields();
            if (!errors.isEmpty()) {
                return new ValidationResult.Invalid<>(errors);
            }
            return new ValidationResult.Valid<>(new Agreement(chainId, agreementId, version, type, employer,
                    unitName, municipality, validFrom, validTo, adaptedPositions.intValue(), contactRole, status));
        }

        private Optional<JsonNode> present(String field, boolean required) {
            JsonNode node = item.get(field);
            if (node == null || node.isNull()) {
                if (required) {
                    error(field, FieldError.REQUIRED, "Feltet er påkrevd.");
                }
                return Optional.empty();
            }
            return Optional.of(node);
        }

        private Optional<String> text(String field) {
            return text(field, true);
        }

        private Optional<String> text(String field, boolean required) {
            return present(field, required)
                    .filter(node -> matches(node.isTextual(), field, FieldError.INVALID_TYPE, "Feltet må være en tekst."))
                    .map(JsonNode::textValue)
                    .filter(value -> matches(value.codePoints().allMatch(AgreementValidator::isTransmittable), field,
                            FieldError.INVALID_FORMAT,
                            "Kan ikke inneholde tegn som ikke er gyldig tekst: enslige surrogater, U+FFFE eller U+FFFF."));
        }

        private Optional<Long> integer(String field, long min, long max) {
            return present(field, true)
                    .filter(node -> matches(node.isIntegralNumber(), field, FieldError.INVALID_TYPE,
                            "Feltet må være et heltall."))
                    .filter(node -> matches(node.canConvertToLong() && node.longValue() >= min
                                    && node.longValue() <= max, field, FieldError.OUT_OF_RANGE,
                            "Må være mellom " + min + " og " + max + "."))
                    .map(JsonNode::longValue);
        }

        private <E> E choice(String field, Function<String, Optional<E>> fromWire, String message) {
            return text(field)
                    .flatMap(value -> {
                        Optional<E> parsed = fromWire.apply(value);
                        matches(parsed.isPresent(), field, FieldError.INVALID_VALUE, message);
                        return parsed;
                    })
                    .orElse(null);
        }

        private Optional<String> freeText(String field, int max) {
            return text(field)
                    .map(String::strip)
                    .filter(value -> matches(!value.isEmpty(), field, FieldError.REQUIRED,
                            "Feltet er påkrevd og kan ikke være tomt."))
                    .filter(value -> matches(value.codePointCount(0, value.length()) <= max, field,
                            FieldError.OUT_OF_RANGE, "Kan være på høyst " + max + " tegn."))
                    .filter(value -> matches(value.codePoints().noneMatch(Character::isISOControl), field,
                            FieldError.INVALID_FORMAT, "Kan ikke inneholde kontrolltegn, som linjeskift."));
        }

        private OrganisationNumber organisationNumber(String value) {
            Optional<InvalidOrganisationNumberException.Reason> defect = OrganisationNumber.defect(value);
            if (defect.isEmpty()) {
                return new OrganisationNumber(value);
            }
            switch (defect.get()) {
                case FORMAT -> error("employerOrgNumber", FieldError.INVALID_FORMAT,
                        "Må være et organisasjonsnummer med nøyaktig 9 sifre, uten mellomrom.");
                case CHECK_DIGIT -> error("employerOrgNumber", FieldError.INVALID_CHECK_DIGIT,
                        "Kontrollsifferet stemmer ikke. Sjekk organisasjonsnummeret.");
            }
            return null;
        }

        private boolean municipality(String value) {
            return matches(MUNICIPALITY_NUMBER.matcher(value).matches(), "municipalityNumber",
                    FieldError.INVALID_FORMAT, "Må være et kommunenummer med 4 sifre, for eksempel «0301».")
                    && matches(municipalities.exists(value), "municipalityNumber",
                    FieldError.UNKNOWN_MUNICIPALITY, "Kommunenummeret finnes ikke i gjeldende kommuneinndeling.");
        }

        private Optional<LocalDate> date(String field, boolean required) {
            String message = "Må være en dato på formen ÅÅÅÅ-MM-DD.";
            return text(field, required)
                    .filter(value -> matches(DATE.matcher(value).matches(), field, FieldError.INVALID_FORMAT, message))
                    .flatMap(value -> {
                        try {
                            return Optional.of(LocalDate.parse(value));
                        } catch (DateTimeException e) {
                            error(field, FieldError.INVALID_FORMAT, message);
                            return Optional.empty();
                        }
                    });
        }

        private void unknownFields() {
            for (Iterator<String> names = item.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!KNOWN.contains(name)) {
                    errors.add(new FieldError(pointer + "/" + FieldError.pointerSegment(name),
                            FieldError.UNKNOWN_FIELD, "Feltet er ukjent. Tillatte felt: " + String.join(", ", FIELDS) + "."));
                }
            }
        }

        /** Records an error unless the condition holds; returns the condition, for use in filters. */
        private boolean matches(boolean condition, String field, String code, String message) {
            if (!condition) {
                error(field, code, message);
            }
            return condition;
        }

        private void error(String field, String code, String message) {
            errors.add(new FieldError(pointer + "/" + field, code, message));
        }
    }
}
