package no.jobbstotte.localcloud.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves the intrinsic functions the project's template uses ({@code Ref}, {@code Fn::GetAtt},
 * {@code Fn::Sub}, {@code Fn::Join}, {@code Fn::Split}, {@code Fn::Select}) against what the local cloud created, the way
 * CloudFormation would: a queue's Ref is its URL, a table's and a bucket's is its name.
 */
public final class Intrinsics {

    /** What the local cloud knows about each created resource. */
    public interface Lookup {
        String ref(String logicalId);

        String attribute(String logicalId, String attribute);
    }

    private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^}]+)}");

    private final Template template;
    private final Lookup lookup;
    private final Map<String, String> pseudoParameters;

    public Intrinsics(Template template, Lookup lookup, Map<String, String> pseudoParameters) {
        this.template = template;
        this.lookup = lookup;
        this.pseudoParameters = Map.copyOf(pseudoParameters);
    }

    public String string(Object value) {
        Object resolved = resolve(value);
        return resolved == null ? null : String.valueOf(resolved);
    }

    public Object resolve(Object value) {
        return switch (value) {
            case Map<?, ?> map when map.size() == 1 && map.containsKey("Ref") -> ref(String.valueOf(map.get("Ref")));
            case Map<?, ?> map when map.size() == 1 && map.containsKey("Fn::GetAtt") -> getAtt((List<?>) map.get("Fn::GetAtt"));
            case Map<?, ?> map when map.size() == 1 && map.containsKey("Fn::Sub") -> sub(map.get("Fn::Sub"));
            case Map<?, ?> map when map.size() == 1 && map.containsKey("Fn::Join") -> join((List<?>) map.get("Fn::Join"));
            case Map<?, ?> map when map.size() == 1 && map.containsKey("Fn::Split") -> split((List<?>) map.get("Fn::Split"));
            case Map<?, ?> map when map.size() == 1 && map.containsKey("Fn::Select") -> select((List<?>) map.get("Fn::Select"));
            case Map<?, ?> map -> {
                Map<String, Object> resolved = new LinkedHashMap<>();
                map.forEach((k, v) -> resolved.put(String.valueOf(k), resolve(v)));
                yield resolved;
            }
            case List<?> list -> {
                List<Object> resolved = new ArrayList<>();
                list.forEach(v -> resolved.add(resolve(v)));
                yield resolved;
            }
            case null, default -> value;
        };
    }

    private String ref(String name) {
        if (pseudoParameters.containsKey(name)) {
            return pseudoParameters.get(name);
        }
        Object parameter = template.parameters().get(name);
        if (parameter instanceof Map<?, ?> definition) {
            Object defaultValue = definition.get("Default");
            if (defaultValue == null) {
                throw new TemplateException("parameter " + name + " has no Default, so the local cloud cannot resolve it");
            }
            return String.valueOf(defaultValue);
        }
        return lookup.ref(name);
    }

    private String getAtt(List<?> parts) {
        return lookup.attribute(String.valueOf(parts.get(0)), String.valueOf(parts.get(1)));
    }

    private String sub(Object argument) {
        String text;
        Map<?, ?> variables = Map.of();
        if (argument instanceof List<?> list) {
            text = String.valueOf(list.get(0));
            variables = (Map<?, ?>) list.get(1);
        } else {
            text = String.valueOf(argument);
        }
        Matcher matcher = SUB_VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String replacement;
            if (name.startsWith("!")) {
                replacement = "${" + name.substring(1) + "}";
            } else if (variables.containsKey(name)) {
                replacement = string(variables.get(name));
            } else if (name.contains(".") && !name.startsWith("AWS::")) {
                int dot = name.indexOf('.');
                replacement = lookup.attribute(name.substring(0, dot), name.substring(dot + 1));
            } else {
                replacement = ref(name);
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private String join(List<?> arguments) {
        String delimiter = String.valueOf(arguments.get(0));
        List<String> parts = new ArrayList<>();
        for (Object part : (List<?>) resolve(arguments.get(1))) {
            parts.add(String.valueOf(part));
        }
        return String.join(delimiter, parts);
    }

    private List<String> split(List<?> arguments) {
        String delimiter = String.valueOf(arguments.get(0));
        return List.of(string(arguments.get(1)).split(Pattern.quote(delimiter), -1));
    }

    private Object select(List<?> arguments) {
        int index = Integer.parseInt(String.valueOf(resolve(arguments.get(0))));
        List<?> list = (List<?>) resolve(arguments.get(1));
        if (index < 0 || index >= list.size()) {
            throw new TemplateException("Fn::Select index " + index + " is outside " + list);
        }
        return list.get(index);
    }
}
