package no.jobbstotte.localcloud.alarms;

import java.util.OptionalDouble;

/** What an alarm compares with its threshold: one metric, or one metric as a percentage of another. */
public sealed interface AlarmValue {

    OptionalDouble evaluate(MetricSource source);

    record Metric(AlarmMetric metric) implements AlarmValue {
        @Override
        public OptionalDouble evaluate(MetricSource source) {
            return source.value(metric);
        }

        @Override
        public String toString() {
            return metric.toString();
        }
    }

    /** {@code IF(whole > 0, 100 * part / whole, 0)}: the error-rate form of metric math. */
    record Percentage(AlarmMetric part, AlarmMetric whole) implements AlarmValue {
        @Override
        public OptionalDouble evaluate(MetricSource source) {
            OptionalDouble partValue = source.value(part);
            OptionalDouble wholeValue = source.value(whole);
            if (partValue.isEmpty() || wholeValue.isEmpty()) {
                return OptionalDouble.empty();
            }
            double total = wholeValue.getAsDouble();
            return OptionalDouble.of(total > 0 ? 100 * partValue.getAsDouble() / total : 0);
        }

        @Override
        public String toString() {
            return part.name() + " in % of " + whole;
        }
    }
}
