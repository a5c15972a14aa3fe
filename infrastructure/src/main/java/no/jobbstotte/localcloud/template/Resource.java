package no.jobbstotte.localcloud.template;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One entry under {@code Resources}, with intrinsic functions still unresolved. */
public record Resource(String logicalId, String type, Map<String, Object> properties, int line) {

    public Optional<Object> property(String name) {
        return Optional.ofNullable(properties.get(name));
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> map(String name) {
        Object value = properties.get(name);
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?>)) {
            throw TemplateException.at(this, name + " must be a mapping");
        }
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    public List<Object> list(String name) {
        Object value = properties.get(name);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?>)) {
            throw TemplateException.at(this, name + " must be a list");
        }
        return (List<Object>) value;
    }
}
