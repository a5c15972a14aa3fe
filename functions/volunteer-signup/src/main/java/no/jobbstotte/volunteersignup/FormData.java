package no.jobbstotte.volunteersignup;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decodes {@code application/x-www-form-urlencoded} bodies, as a plain HTML form posts them
 * (WHATWG URL standard: '+' is a space, percent-escapes are UTF-8). Forms become the same JSON
 * tree a script would send, so one validator serves both.
 */
public final class FormData {

    /** More fields than any of our forms has; bounds the work a hostile body can cause. */
    public static final int MAX_FIELDS = 64;

    private FormData() {}

    /**
     * @throws MalformedFormException if a percent-escape is broken or there are too many fields
     */
    public static Map<String, List<String>> decode(String body) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        if (body == null || body.isEmpty()) {
            return fields;
        }
        String[] pairs = body.split("&", MAX_FIELDS + 2);
        if (pairs.length > MAX_FIELDS) {
            throw new MalformedFormException("too many fields");
        }
        for (String pair : pairs) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decodeComponent(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decodeComponent(pair.substring(eq + 1));
            fields.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return fields;
    }

    /**
     * The fields as a JSON object: the named list fields always become arrays (a form repeats a
     * checkbox name once per ticked box); any other field is a string, or an array when the form
     * repeated it, which the validator then rejects as the wrong type.
     */
    public static ObjectNode toJson(Map<String, List<String>> fields, Set<String> listFields) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        fields.forEach((name, values) -> {
            if (listFields.contains(name) || values.size() > 1) {
                ArrayNode array = node.putArray(name);
                values.stream().filter(v -> !listFields.contains(name) || !v.isEmpty()).forEach(array::add);
            } else {
                node.put(name, values.get(0));
            }
        });
        return node;
    }

    private static String decodeComponent(String raw) {
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new MalformedFormException("broken percent-escape");
        }
    }

    /** The body is not valid form encoding; the message names the kind of fault, never the input. */
    public static final class MalformedFormException extends RuntimeException {
        public MalformedFormException(String reason) {
            super(reason);
        }
    }
}
