package no.jobbstotte.localcloud.template;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds references to resources that do not exist, before anything is started. */
final class References {

    private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^}!]+)}");

    private References() {}

    static void check(Template template, Resource resource, Object value) {
        switch (value) {
            case Map<?, ?> map -> {
                if (map.size() == 1 && map.containsKey("Ref")) {
                    checkName(template, resource, String.valueOf(map.get("Ref")));
                } else if (map.size() == 1 && map.get("Fn::GetAtt") instanceof List<?> getAtt && !getAtt.isEmpty()) {
                    checkName(template, resource, String.valueOf(getAtt.get(0)));
                } else if (map.size() == 1 && map.get("Fn::Sub") instanceof String sub) {
                    checkSub(template, resource, sub);
                }
                map.values().forEach(v -> check(template, resource, v));
            }
            case List<?> list -> list.forEach(v -> check(template, resource, v));
            case null, default -> { }
        }
    }

    private static void checkSub(Template template, Resource resource, String text) {
        Matcher matcher = SUB_VARIABLE.matcher(text);
        while (matcher.find()) {
            String name = matcher.group(1);
            int dot = name.indexOf('.');
            checkName(template, resource, dot < 0 ? name : name.substring(0, dot));
        }
    }

    private static void checkName(Template template, Resource resource, String name) {
        if (name.startsWith("AWS::") || template.resources().containsKey(name) || template.parameters().containsKey(name)) {
            return;
        }
        throw TemplateException.at(resource, "refers to " + name + ", which is neither a resource nor a parameter");
    }
}
