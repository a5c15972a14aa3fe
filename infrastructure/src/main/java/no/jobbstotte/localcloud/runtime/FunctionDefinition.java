package no.jobbstotte.localcloud.runtime;

import java.util.LinkedHashMap;
import java.util.Map;
import no.jobbstotte.localcloud.template.Resource;
import no.jobbstotte.localcloud.template.Template;
import no.jobbstotte.localcloud.template.TemplateException;

/** A function as the template declares it, with {@code Globals.Function} merged in. */
public record FunctionDefinition(
        String logicalId,
        String handler,
        String codeUri,
        int memoryMb,
        int timeoutSeconds,
        Map<String, Object> environment,
        Map<String, EventSourceDefinition> events,
        int line) {

    /** One entry under a function's {@code Events}. */
    public record EventSourceDefinition(String name, String type, Map<String, Object> properties) {}

    public String handlerClass() {
        int separator = handler.indexOf("::");
        return separator < 0 ? handler : handler.substring(0, separator);
    }

    @SuppressWarnings("unchecked")
    public static FunctionDefinition of(Template template, Resource resource) {
        Map<String, Object> globals = template.functionGlobals();
        Map<String, Object> merged = new LinkedHashMap<>(globals);
        merged.putAll(resource.properties());
        Map<String, Object> environment = new LinkedHashMap<>(variables(globals));
        environment.putAll(variables(resource.properties()));
        Map<String, EventSourceDefinition> events = new LinkedHashMap<>();
        resource.map("Events").forEach((name, body) -> {
            if (!(body instanceof Map<?, ?> event) || !(event.get("Type") instanceof String type)) {
                throw fail(resource, "event " + name + " has no Type");
            }
            Object properties = event.get("Properties");
            events.put(name, new EventSourceDefinition(name, type,
                    properties == null ? Map.of() : (Map<String, Object>) properties));
        });
        Object handler = merged.get("Handler");
        Object codeUri = merged.get("CodeUri");
        if (!(handler instanceof String) || !(codeUri instanceof String)) {
            throw fail(resource, "needs Handler and CodeUri as plain strings");
        }
        return new FunctionDefinition(resource.logicalId(), (String) handler, (String) codeUri,
                number(merged.get("MemorySize"), 128), number(merged.get("Timeout"), 3),
                environment, events, resource.line());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> variables(Map<String, Object> properties) {
        if (properties.get("Environment") instanceof Map<?, ?> env && env.get("Variables") instanceof Map<?, ?> vars) {
            return (Map<String, Object>) vars;
        }
        return Map.of();
    }

    private static int number(Object value, int defaultValue) {
        return value instanceof Number n ? n.intValue() : defaultValue;
    }

    private static TemplateException fail(Resource resource, String problem) {
        return new TemplateException("template.yaml line " + resource.line() + ", function " + resource.logicalId()
                + ": " + problem);
    }
}
