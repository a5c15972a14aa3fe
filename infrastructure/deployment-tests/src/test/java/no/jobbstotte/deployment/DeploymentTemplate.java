package no.jobbstotte.deployment;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.jobbstotte.localcloud.RepoRoot;
import no.jobbstotte.localcloud.template.Resource;
import no.jobbstotte.localcloud.template.Template;

/** The repository's template.yaml as the deployment checks read it, plus the few look-ups they share. */
final class DeploymentTemplate {

    private DeploymentTemplate() {}

    static Path repoRoot() {
        return RepoRoot.find();
    }

    static Path templatePath() {
        return repoRoot().resolve("template.yaml");
    }

    /** Read through the local cloud's reader, so intrinsics are in their long form, as CloudFormation sees them. */
    static Template read() {
        return Template.read(templatePath());
    }

    /** A function's properties with {@code Globals.Function} underneath, as SAM merges them (one level deep is enough here). */
    static Map<String, Object> functionProperties(Template template, Resource function) {
        Map<String, Object> merged = new LinkedHashMap<>(template.functionGlobals());
        merged.putAll(function.properties());
        return merged;
    }

    /** The logical id behind {@code !GetAtt X.Arn} or {@code !Ref X}; empty for literal ARNs and anything else. */
    static Optional<String> referencedId(Object value) {
        if (value instanceof Map<?, ?> map && map.size() == 1) {
            if (map.get("Fn::GetAtt") instanceof List<?> getAtt && !getAtt.isEmpty()) {
                return Optional.of(String.valueOf(getAtt.get(0)));
            }
            if (map.get("Ref") instanceof String ref) {
                return Optional.of(ref);
            }
        }
        return Optional.empty();
    }

    static boolean isTrue(Object value) {
        return Boolean.TRUE.equals(value) || "true".equalsIgnoreCase(String.valueOf(value));
    }
}
