package no.jobbstotte.localcloud.alarms;

import java.util.OptionalDouble;
import no.jobbstotte.localcloud.alarms.AlarmStatus.State;

/** An {@code AWS::CloudWatch::Alarm} of the template, as far as the local cloud can evaluate it. */
public sealed interface AlarmDefinition {

    String name();

    AlarmStatus evaluate(MetricSource source);

    /** An alarm on metrics the local cloud measures, with a static threshold. */
    record Evaluable(String name, AlarmValue value, Comparison comparison, double threshold) implements AlarmDefinition {

        @Override
        public AlarmStatus evaluate(MetricSource source) {
            String watches = value + " " + comparison.symbol() + " " + AlarmReport.number(threshold);
            OptionalDouble observed = value.evaluate(source);
            if (observed.isEmpty()) {
                return new AlarmStatus(name, watches, State.NOT_EVALUABLE, observed, "not measured locally right now");
            }
            boolean breaching = comparison.breaches(observed.getAsDouble(), threshold);
            return new AlarmStatus(name, watches, breaching ? State.ALARM : State.OK, observed, "");
        }
    }

    /** An alarm the local cloud cannot evaluate, and why; a test keeps the template free of them. */
    record NotEvaluable(String name, String reason) implements AlarmDefinition {

        @Override
        public AlarmStatus evaluate(MetricSource source) {
            return new AlarmStatus(name, "?", State.NOT_EVALUABLE, OptionalDouble.empty(), reason);
        }
    }
}
