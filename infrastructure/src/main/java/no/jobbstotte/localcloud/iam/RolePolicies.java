package no.jobbstotte.localcloud.iam;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.jobbstotte.localcloud.template.Intrinsics;
import no.jobbstotte.localcloud.template.Resource;
import no.jobbstotte.localcloud.template.Template;
import no.jobbstotte.localcloud.template.TemplateException;

/**
 * Each function's execution role as template.yaml declares it: the {@code Policies} of the
 * function (inline statements and SAM policy templates) with {@code !Ref}/{@code !GetAtt}/{@code
 * !Sub} resolved against the local cloud's resources. Anything the local cloud cannot evaluate
 * exactly (a managed policy by name, an explicit {@code Role}, {@code NotAction}, an unknown
 * condition operator) fails the read: a policy it does not understand must not pass as allowed.
 */
public final class RolePolicies {

    private RolePolicies() {}

    public static Map<String, RolePolicy> read(Template template, Intrinsics intrinsics) {
        SamPolicyTemplates samTemplates = SamPolicyTemplates.load();
        Map<String, RolePolicy> roles = new LinkedHashMap<>();
        for (Resource function : template.ofType(Template.FUNCTION)) {
            if (function.property("Role").isPresent()) {
                throw TemplateException.at(function, "Role: the local cloud enforces the role SAM creates from Policies,"
                        + " not an explicit role");
            }
            List<Statement> statements = new ArrayList<>();
            Object policies = function.property("Policies").orElse(List.of());
            for (Object policy : policies instanceof List<?> list ? list : List.of(policies)) {
                try {
                    statements.addAll(statements(policy, samTemplates, intrinsics));
                } catch (IllegalArgumentException | ClassCastException e) {
                    throw TemplateException.at(function, "Policies: " + e.getMessage());
                }
            }
            // SAM names the role it creates <LogicalId>Role.
            roles.put(function.logicalId(), new RolePolicy(function.logicalId(), function.logicalId() + "Role", statements));
        }
        return roles;
    }

    @SuppressWarnings("unchecked")
    private static List<Statement> statements(Object policy, SamPolicyTemplates samTemplates, Intrinsics intrinsics) {
        if (!(policy instanceof Map<?, ?> map) || map.size() != 1) {
            throw new IllegalArgumentException(policy + " is a managed policy or an unknown form; the local cloud"
                    + " cannot know what it allows, so give the statements inline");
        }
        var entry = ((Map<String, Object>) map).entrySet().iterator().next();
        Map<String, Object> document;
        if (entry.getKey().equals("Statement")) {
            document = Map.of("Statement", entry.getValue());
        } else if (samTemplates.knows(entry.getKey())) {
            document = samTemplates.expand(entry.getKey(), (Map<String, Object>) entry.getValue());
        } else {
            throw new IllegalArgumentException("unknown policy template " + entry.getKey());
        }
        Map<String, Object> resolved = (Map<String, Object>) intrinsics.resolve(document);
        List<Statement> out = new ArrayList<>();
        for (Object item : asList(resolved.get("Statement"))) {
            out.add(statement((Map<String, Object>) item));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Statement statement(Map<String, Object> s) {
        for (String unsupported : List.of("NotAction", "NotResource", "Principal", "NotPrincipal")) {
            if (s.containsKey(unsupported)) {
                throw new IllegalArgumentException(unsupported + " in a role's statement is not evaluated locally");
            }
        }
        Object effect = s.get("Effect");
        if (!"Allow".equals(effect) && !"Deny".equals(effect)) {
            throw new IllegalArgumentException("Effect must be Allow or Deny, not " + effect);
        }
        List<Condition> conditions = new ArrayList<>();
        ((Map<String, Object>) s.getOrDefault("Condition", Map.of())).forEach((operator, keys) ->
                ((Map<String, Object>) keys).forEach((key, values) ->
                        conditions.add(new Condition(operator, key, strings(values)))));
        return new Statement("Allow".equals(effect), strings(s.get("Action")), strings(s.get("Resource")), conditions);
    }

    private static List<String> strings(Object value) {
        return asList(value).stream().map(String::valueOf).toList();
    }

    private static List<Object> asList(Object value) {
        if (value == null) {
            throw new IllegalArgumentException("a statement needs Action and Resource");
        }
        return value instanceof List<?> list ? new ArrayList<>(list) : List.of(value);
    }
}
