package no.jobbstotte.shared.followup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import no.jobbstotte.shared.json.Json;

/**
 * The follow-up plan (oppfølgingsplan): for each phase, when the participant and the employer
 * are next due. Versioned, because a placement records the plan version its due dates came from.
 * The defaults and their rationale are in the bundled {@code followup-plan.json}.
 */
public record FollowUpPlan(String version, Map<Phase, PhaseRules> phases) {

    public static final String RESOURCE = "/followup-plan.json";
    private static final int MAX_DAYS = 366;
    private static final int MAX_REASON_LENGTH = 60;

    public FollowUpPlan {
        Objects.requireNonNull(version, "version");
        phases = Map.copyOf(phases);
        if (!phases.keySet().equals(Set.of(Phase.values()))) {
            throw new IllegalArgumentException("a plan needs rules for every phase");
        }
    }

    /** The bundled default plan, parsed and validated once per container. */
    public static FollowUpPlan defaults() {
        return Defaults.PLAN;
    }

    public PhaseRules rulesFor(Phase phase) {
        return phases.get(phase);
    }

    /**
     * Parses and validates a plan: unknown fields, missing phases and out-of-range days are
     * errors, so a typo cannot silently switch follow-ups off. A {@code "why"} text is allowed
     * wherever a rationale belongs and is otherwise ignored.
     */
    public static FollowUpPlan parse(String json) {
        JsonNode root;
        try {
            root = Json.parse(json);
        } catch (JsonProcessingException e) {
            throw new InvalidFollowUpPlanException("not well-formed JSON");
        }
        requireObject(root, "plan", Set.of("version", "why", "phases"));
        String version = text(root, "version", "version", 40);
        JsonNode phasesNode = root.get("phases");
        Set<String> phaseNames = Set.of("referred", "trial", "hired", "paused", "ended");
        requireObject(phasesNode, "phases", phaseNames);
        Map<Phase, PhaseRules> phases = new EnumMap<>(Phase.class);
        for (String name : phaseNames) {
            String path = "phases." + name;
            JsonNode phase = phasesNode.get(name);
            if (phase == null) {
                throw new InvalidFollowUpPlanException(path + " is missing");
            }
            requireObject(phase, path, Set.of("why", "participant", "employer"));
            phases.put(Phase.valueOf(name.toUpperCase(Locale.ROOT)), new PhaseRules(
                    rule(phase, path + ".participant", "participant"),
                    rule(phase, path + ".employer", "employer")));
        }
        return new FollowUpPlan(version, phases);
    }

    private static Optional<FollowUpRule> rule(JsonNode phase, String path, String field) {
        if (!phase.has(field)) {
            throw new InvalidFollowUpPlanException(path + " is missing (use null for no follow-up)");
        }
        JsonNode node = phase.get(field);
        if (node.isNull()) {
            return Optional.empty();
        }
        requireObject(node, path, Set.of("why", "firstWithinDays", "cadence", "reason"));
        int first = days(node, "firstWithinDays", path + ".firstWithinDays", 0);
        JsonNode cadenceNode = node.get("cadence");
        if (cadenceNode == null || !cadenceNode.isArray()) {
            throw new InvalidFollowUpPlanException(path + ".cadence must be an array");
        }
        List<CadenceStep> cadence = new ArrayList<>();
        for (int i = 0; i < cadenceNode.size(); i++) {
            String stepPath = path + ".cadence[" + i + "]";
            JsonNode step = cadenceNode.get(i);
            requireObject(step, stepPath, Set.of("fromDay", "everyDays"));
            int fromDay = days(step, "fromDay", stepPath + ".fromDay", 0);
            int previous = i == 0 ? -1 : cadence.get(i - 1).fromDay();
            if (i == 0 ? fromDay != 0 : fromDay <= previous) {
                throw new InvalidFollowUpPlanException(stepPath + ".fromDay must be 0 for the first"
                        + " step and increase after that");
            }
            cadence.add(new CadenceStep(fromDay, days(step, "everyDays", stepPath + ".everyDays", 1)));
        }
        return Optional.of(new FollowUpRule(first, cadence,
                text(node, "reason", path + ".reason", MAX_REASON_LENGTH)));
    }

    private static void requireObject(JsonNode node, String path, Set<String> allowed) {
        if (node == null || !node.isObject()) {
            throw new InvalidFollowUpPlanException(path + " must be an object");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw new InvalidFollowUpPlanException(path + "." + name + " is not a known field");
            }
            if (name.equals("why") && !node.get(name).isTextual()) {
                throw new InvalidFollowUpPlanException(path + ".why must be a string");
            }
        }
    }

    private static int days(JsonNode node, String field, String path, int min) {
        JsonNode value = node.get(field);
        if (value == null || !value.isInt() || value.intValue() < min || value.intValue() > MAX_DAYS) {
            throw new InvalidFollowUpPlanException(
                    path + " must be a whole number from " + min + " to " + MAX_DAYS);
        }
        return value.intValue();
    }

    private static String text(JsonNode node, String field, String path, int maxLength) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.textValue().isBlank()
                || value.textValue().length() > maxLength) {
            throw new InvalidFollowUpPlanException(
                    path + " must be a non-blank string of at most " + maxLength + " characters");
        }
        return value.textValue();
    }

    private static final class Defaults {
        static final FollowUpPlan PLAN = load();

        private static FollowUpPlan load() {
            try (InputStream in = FollowUpPlan.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is not on the class path");
                }
                return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
