package no.jobbstotte.volunteersignup;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import no.jobbstotte.shared.domain.Municipalities;
import no.jobbstotte.shared.validation.FieldError;
import no.jobbstotte.shared.validation.ValidationResult;
import no.jobbstotte.shared.volunteer.Availability;
import no.jobbstotte.shared.volunteer.Interest;
import no.jobbstotte.shared.volunteer.VolunteerSignup;

/**
 * Checks a sign-up from the open internet, JSON or a decoded form alike, and reports every
 * faulty field at once. Messages are Norwegian and never quote the input.
 */
public final class VolunteerSignupValidator {

    /** The hidden field people never see and bots fill in. */
    public static final String HONEYPOT = "website";
    /** The consent texts a sign-up may refer to; a new version of the text gets a new id here. */
    public static final Set<String> CONSENTS = Set.of("frivillig-samtykke-v1");
    public static final Set<String> LIST_FIELDS = Set.of("interests", "availability");
    public static final int NAME_MAX = 100;
    public static final int MESSAGE_MAX = 1000;
    public static final int CONSENT_MAX = 64;
    /** Every field a sign-up may carry (the sign-up page posts exactly these). */
    static final Set<String> FIELDS = Set.of("name", "email", "phone", "municipalityNumber", "interests",
            "availability", "message", "consent", HONEYPOT);

    private final Municipalities municipalities;

    public VolunteerSignupValidator(Municipalities municipalities) {
        this.municipalities = municipalities;
    }

    /** True when the honeypot holds anything: the caller answers as if accepted and stores nothing. */
    public static boolean isBot(JsonNode body) {
        JsonNode trap = body.path(HONEYPOT);
        return !trap.isMissingNode() && !trap.isNull() && !(trap.isTextual() && trap.asText().isBlank());
    }

    public ValidationResult<VolunteerSignup> validate(JsonNode body) {
        List<FieldError> errors = new ArrayList<>();
        if (!body.isObject()) {
            return new ValidationResult.Invalid<>(List.of(
                    new FieldError("", FieldError.INVALID_TYPE, "Innholdet må være et objekt.")));
        }
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                errors.add(new FieldError("/" + FieldError.pointerSegment(name), FieldError.UNKNOWN_FIELD,
                        "Feltet er ukjent."));
            }
        }
        String name = text(body, "name", NAME_MAX, true, false, errors);
        String email = checked(text(body, "email", EmailAddresses.MAX_LENGTH, true, false, errors),
                EmailAddresses::normalise, "email", "Oppgi en gyldig e-postadresse.", errors);
        String phone = checked(text(body, "phone", PhoneNumbers.MAX_INPUT_LENGTH, true, false, errors),
                PhoneNumbers::toE164, "phone", "Oppgi et norsk mobilnummer med 8 siffer, gjerne med +47.", errors);
        String municipality = text(body, "municipalityNumber", 4, true, false, errors);
        if (municipality != null && !municipalities.exists(municipality)) {
            errors.add(new FieldError("/municipalityNumber", FieldError.UNKNOWN_MUNICIPALITY,
                    "Oppgi et gyldig kommunenummer med fire siffer."));
            municipality = null;
        }
        List<Interest> interests = codes(body, "interests", Interest::fromCode, true, errors);
        List<Availability> availability = codes(body, "availability", Availability::fromCode, false, errors);
        String message = text(body, "message", MESSAGE_MAX, false, true, errors);
        String consent = text(body, "consent", CONSENT_MAX, true, false, errors);
        if (consent != null && !CONSENTS.contains(consent)) {
            errors.add(new FieldError("/consent", FieldError.INVALID_VALUE, "Samtykketeksten er ukjent eller utgått."));
        }
        if (!errors.isEmpty()) {
            return new ValidationResult.Invalid<>(errors);
        }
        return new ValidationResult.Valid<>(new VolunteerSignup(name, email, phone, municipality, interests,
                availability, message, consent));
    }

    private static String text(JsonNode body, String field, int max, boolean required, boolean multiline,
            List<FieldError> errors) {
        JsonNode node = body.path(field);
        if (node.isMissingNode() || node.isNull() || (node.isTextual() && node.asText().isBlank())) {
            if (required) {
                errors.add(new FieldError("/" + field, FieldError.REQUIRED, "Feltet må fylles ut."));
            }
            return null;
        }
        if (!node.isTextual()) {
            errors.add(new FieldError("/" + field, FieldError.INVALID_TYPE, "Feltet må være tekst."));
            return null;
        }
        String value = node.asText().strip();
        if (value.codePointCount(0, value.length()) > max) {
            errors.add(new FieldError("/" + field, FieldError.OUT_OF_RANGE, "Feltet kan ha høyst " + max + " tegn."));
            return null;
        }
        boolean badChar = value.chars().anyMatch(c -> Character.isISOControl(c) && !(multiline && (c == '\n' || c == '\r' || c == '\t')));
        if (badChar) {
            errors.add(new FieldError("/" + field, FieldError.INVALID_FORMAT, "Feltet inneholder ugyldige tegn."));
            return null;
        }
        return value;
    }

    private static String checked(String value, Function<String, Optional<String>> parse, String field,
            String message, List<FieldError> errors) {
        if (value == null) {
            return null;
        }
        Optional<String> parsed = parse.apply(value);
        if (parsed.isEmpty()) {
            errors.add(new FieldError("/" + field, FieldError.INVALID_FORMAT, message));
        }
        return parsed.orElse(null);
    }

    private static <T> List<T> codes(JsonNode body, String field, Function<String, Optional<T>> lookup,
            boolean required, List<FieldError> errors) {
        JsonNode node = body.path(field);
        if (node.isMissingNode() || node.isNull() || (node.isArray() && node.isEmpty())) {
            if (required) {
                errors.add(new FieldError("/" + field, FieldError.REQUIRED, "Velg minst ett alternativ."));
            }
            return List.of();
        }
        if (!node.isArray() || node.size() > 16) {
            errors.add(new FieldError("/" + field, FieldError.INVALID_TYPE, "Feltet må være en liste med valg."));
            return List.of();
        }
        Set<T> values = new LinkedHashSet<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            Optional<T> value = item.isTextual() ? lookup.apply(item.asText()) : Optional.empty();
            if (value.isEmpty()) {
                errors.add(new FieldError("/" + field + "/" + i, FieldError.INVALID_VALUE, "Ukjent valg."));
            } else {
                values.add(value.get());
            }
        }
        return List.copyOf(values);
    }
}
