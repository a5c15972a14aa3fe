package no.jobbstotte.shared.validation;

import java.util.List;
import java.util.Objects;

/** The outcome of validating untrusted input: a value, or every error found (never both, never none). */
public sealed interface ValidationResult<T> {

    record Valid<T>(T value) implements ValidationResult<T> {
        public Valid {
            Objects.requireNonNull(value, "value");
        }
    }

    record Invalid<T>(List<FieldError> errors) implements ValidationResult<T> {
        public Invalid {
            errors = List.copyOf(errors);
            if (errors.isEmpty()) {
                throw new IllegalArgumentException("An invalid result needs at least one error");
            }
        }
    }
}
