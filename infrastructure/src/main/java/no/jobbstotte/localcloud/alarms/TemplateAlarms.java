package no.jobbstotte.localcloud.alarms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.jobbstotte.localcloud.template.Resource;
import no.jobbstotte.localcloud.template.Template;

/**
 * Reads every {@code AWS::CloudWatch::Alarm} of the template into what the local cloud evaluates:
 * the metric (or the error-rate metric math) with its dimension resolved to the resource it names
 * in the template, the comparison and the threshold. Anything else becomes {@link
 * AlarmDefinition.NotEvaluable} with the reason, never silently skipped.
 */
public final class TemplateAlarms {

    public static final String ALARM = "AWS::CloudWatch::Alarm";

    private static final Pattern PERCENTAGE =
            Pattern.compile("IF\\(\\s*(\\w+)\\s*>\\s*0\\s*,\\s*100\\s*\\*\\s*(\\w+)\\s*/\\s*\\1\\s*,\\s*0\\s*\\)");

    private TemplateAlarms() {}

    public static List<AlarmDefinition> read(Template template) {
        List<AlarmDefinition> alarms = new ArrayList<>();
        for (Resource alarm : template.ofType(ALARM)) {
            try {
                alarms.add(definition(template, alarm));
            } catch (Unsupported e) {
                alarms.add(new AlarmDefinition.NotEvaluable(alarm.logicalId(), e.getMessage()));
            }
        }
        return alarms;
    }

    private static AlarmDefinition definition(Template template, Resource alarm) {
        Map<String, Object> properties = alarm.properties();
        Comparison comparison = Comparison.of(properties.get("ComparisonOperator")).orElseThrow(() -> new Unsupported(
                "ComparisonOperator " + properties.get("ComparisonOperator") + " (only static thresholds are evaluated)"));
        if (!(properties.get("Threshold") instanceof Number threshold)) {
            throw new Unsupported("no numeric Threshold");
        }
        AlarmValue value = properties.containsKey("Metrics")
                ? metricMath(template, alarm.list("Metrics"))
                : new AlarmValue.Metric(metric(template, properties));
        return new AlarmDefinition.Evaluable(alarm.logicalId(), value, comparison, threshold.doubleValue());
    }

    private static AlarmValue metricMath(Template template, List<Object> queries) {
        Map<String, AlarmMetric> metrics = new LinkedHashMap<>();
        String expression = null;
        for (Object query : queries) {
            Map<?, ?> entry = map(query, "each of Metrics");
            String id = String.valueOf(entry.get("Id"));
            if (entry.get("MetricStat") instanceof Map<?, ?> stat) {
                metrics.put(id, metric(template, map(stat.get("Metric"), "MetricStat.Metric")));
            } else if (entry.get("Expression") instanceof String text && !Boolean.FALSE.equals(entry.get("ReturnData"))) {
                expression = text;
            }
        }
        if (expression == null) {
            throw new Unsupported("Metrics without an Expression that returns data");
        }
        Matcher percentage = PERCENTAGE.matcher(expression.trim());
        if (!percentage.matches() || !metrics.containsKey(percentage.group(1)) || !metrics.containsKey(percentage.group(2))) {
            throw new Unsupported("metric math " + expression + " (locally only IF(total > 0, 100 * part / total, 0))");
        }
        return new AlarmValue.Percentage(metrics.get(percentage.group(2)), metrics.get(percentage.group(1)));
    }

    private static AlarmMetric metric(Template template, Map<?, ?> properties) {
        String namespace = String.valueOf(properties.get("Namespace"));
        String name = String.valueOf(properties.get("MetricName"));
        AlarmMetric.Kind kind = AlarmMetric.kind(namespace, name)
                .orElseThrow(() -> new Unsupported("metric " + namespace + " " + name + " is not measured locally"));
        if (kind.dimension() == null) {
            // An account-wide metric (SES reputation): no dimension, no resource of the template.
            if (properties.get("Dimensions") instanceof List<?> dimensions && !dimensions.isEmpty()) {
                throw new Unsupported(namespace + " " + name + " is watched locally for the whole account, without dimensions");
            }
            return new AlarmMetric(namespace, name, AlarmMetric.ACCOUNT);
        }
        if (!(properties.get("Dimensions") instanceof List<?> dimensions) || dimensions.size() != 1) {
            throw new Unsupported(namespace + " " + name + " needs exactly one dimension, " + kind.dimension());
        }
        Map<?, ?> dimension = map(dimensions.getFirst(), "a dimension");
        if (!kind.dimension().equals(dimension.get("Name"))) {
            throw new Unsupported(namespace + " " + name + ": dimension " + dimension.get("Name") + " (locally only "
                    + kind.dimension() + ")");
        }
        String resourceId = referencedResource(dimension.get("Value"))
                .filter(id -> template.resource(id).map(r -> r.type().equals(kind.resourceType())).orElse(false))
                .orElseThrow(() -> new Unsupported(kind.dimension() + " must be a !Ref or !GetAtt of a "
                        + kind.resourceType() + " in this template"));
        return new AlarmMetric(namespace, name, resourceId);
    }

    /** {@code !Ref X} or {@code !GetAtt X.Attribute}: the logical id X, which is how the local cloud knows a resource. */
    private static Optional<String> referencedResource(Object value) {
        if (value instanceof Map<?, ?> map && map.size() == 1) {
            if (map.get("Ref") instanceof String id) {
                return Optional.of(id);
            }
            if (map.get("Fn::GetAtt") instanceof List<?> parts && !parts.isEmpty()) {
                return Optional.of(String.valueOf(parts.getFirst()));
            }
        }
        return Optional.empty();
    }

    private static Map<?, ?> map(Object value, String what) {
        if (value instanceof Map<?, ?> map) {
            return map;
        }
        throw new Unsupported(what + " is not a mapping");
    }

    private static final class Unsupported extends RuntimeException {
        Unsupported(String message) {
            super(message, null, false, false);
        }
    }
}
