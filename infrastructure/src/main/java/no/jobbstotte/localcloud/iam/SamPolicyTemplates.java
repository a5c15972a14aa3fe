package no.jobbstotte.localcloud.iam;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SAM's policy templates ({@code SQSSendMessagePolicy: {QueueName: ...}}), expanded the way the
 * SAM translator does: the template's {@code Definition} with each {@code Ref} to one of its
 * parameters replaced by the value the function gave. The definitions are SAM's own file
 * (resources/sam/policy_templates.json, from aws/serverless-application-model, Apache-2.0).
 */
final class SamPolicyTemplates {

    private static final String FILE = "/sam/policy_templates.json";

    private final Map<String, Map<String, Object>> templates;

    private SamPolicyTemplates(Map<String, Map<String, Object>> templates) {
        this.templates = templates;
    }

    static SamPolicyTemplates load() {
        try (InputStream in = SamPolicyTemplates.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is not on the classpath");
            }
            Map<String, Object> root = new ObjectMapper().readValue(in, new TypeReference<>() {});
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Object>> templates = (Map<String, Map<String, Object>>) root.get("Templates");
            return new SamPolicyTemplates(templates);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FILE, e);
        }
    }

    boolean knows(String name) {
        return templates.containsKey(name);
    }

    /** The template's policy document, its parameters replaced by {@code arguments} (still unresolved intrinsics). */
    @SuppressWarnings("unchecked")
    Map<String, Object> expand(String name, Map<String, Object> arguments) {
        Map<String, Object> template = templates.get(name);
        Map<String, Object> parameters = (Map<String, Object>) template.getOrDefault("Parameters", Map.of());
        for (String parameter : parameters.keySet()) {
            if (!arguments.containsKey(parameter)) {
                throw new IllegalArgumentException("policy template " + name + " needs the parameter " + parameter);
            }
        }
        return (Map<String, Object>) substitute(template.get("Definition"), parameters.keySet(), arguments);
    }

    private static Object substitute(Object value, java.util.Set<String> parameters, Map<String, Object> arguments) {
        return switch (value) {
            case Map<?, ?> map when map.size() == 1 && map.get("Ref") instanceof String ref && parameters.contains(ref) ->
                    arguments.get(ref);
            case Map<?, ?> map -> {
                Map<String, Object> out = new LinkedHashMap<>();
                map.forEach((k, v) -> out.put(String.valueOf(k), substitute(v, parameters, arguments)));
                yield out;
            }
            case List<?> list -> list.stream().map(v -> substitute(v, parameters, arguments)).toList();
            case null, default -> value;
        };
    }
}
