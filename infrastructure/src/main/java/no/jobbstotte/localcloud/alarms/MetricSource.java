package no.jobbstotte.localcloud.alarms;

import java.util.OptionalDouble;

/** Where an alarm reads its metric's current local value; empty when it cannot be measured now. */
public interface MetricSource {
    OptionalDouble value(AlarmMetric metric);
}
