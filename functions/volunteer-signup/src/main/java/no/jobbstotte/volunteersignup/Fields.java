package no.jobbstotte.volunteersignup;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/** Reading the one-field bodies of the confirm, erase and erasure-request routes. */
final class Fields {

    private Fields() {}

    /** The field's text, if the body is an object with exactly that one text field, at most max long. */
    static Optional<String> onlyText(JsonNode body, String field, int max) {
        JsonNode value = body.path(field);
        if (!body.isObject() || body.size() != 1 || !value.isTextual() || value.asText().length() > max) {
            return Optional.empty();
        }
        return Optional.of(value.asText());
    }
}
