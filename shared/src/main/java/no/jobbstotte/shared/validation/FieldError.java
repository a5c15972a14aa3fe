package no.jobbstotte.shared.validation;

import java.util.Objects;

/**
 * One problem with one input field, as clients see it in a problem+json {@code errors} list.
 *
 * @param field a JSON pointer to the field, e.g. {@code /items/3/validFrom}
 * @param code a stable, machine-readable code; clients branch on this, never on the message
 * @param message a Norwegian (bokmål) explanation for people; it never quotes the input value
 */
public record FieldError(String field, String code, String message) {

    public static final String REQUIRED = "required";
    public static final String INVALID_TYPE = "invalid_type";
    public static final String INVALID_FORMAT = "invalid_format";
    public static final String INVALID_VALUE = "invalid_value";
    public static final String OUT_OF_RANGE = "out_of_range";
    public static final String INVALID_PERIOD = "invalid_period";
    public static final String UNKNOWN_MUNICIPALITY = "unknown_municipality";
    public static final String INVALID_CHECK_DIGIT = "invalid_check_digit";
    public static final String UNKNOWN_FIELD = "unknown_field";

    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /** Escapes one JSON pointer segment (RFC 6901), so a field name with '/' or '~' stays one segment. */
    public static String pointerSegment(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
