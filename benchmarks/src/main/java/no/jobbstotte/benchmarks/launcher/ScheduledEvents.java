package no.jobbstotte.benchmarks.launcher;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import java.util.List;
import java.util.Map;
import org.joda.time.DateTime;
import org.joda.time.DateTimeZone;

/** {@code time=<epoch millis>}, as EventBridge Scheduler sends it. */
final class ScheduledEvents {

    private ScheduledEvents() {}

    static ScheduledEvent build(Map<String, String> single) {
        ScheduledEvent event = new ScheduledEvent();
        event.setId("bench-" + System.nanoTime());
        event.setVersion("0");
        event.setDetailType("Scheduled Event");
        event.setSource("aws.scheduler");
        event.setAccount("000000000000");
        event.setRegion(single.getOrDefault("region", "eu-north-1"));
        event.setTime(new DateTime(Long.parseLong(single.get("time")), DateTimeZone.UTC));
        event.setResources(List.of(single.getOrDefault("resource", "arn:aws:scheduler:eu-north-1:000000000000:schedule/default/bench")));
        event.setDetail(Map.of());
        return event;
    }
}
