package no.jobbstotte.statisticspublisher;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import no.jobbstotte.shared.config.RuntimeConfig;
import no.jobbstotte.shared.snapstart.Priming;
import org.crac.Resource;

/** Nightly schedule: publishes the statistics for the Oslo date the run was scheduled for. */
public final class StatisticsPublisherHandler implements RequestHandler<ScheduledEvent, String> {

    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private final StatisticsPublisherService service;
    /** Held here: CRaC keeps its resources only weakly. */
    private final Resource priming;

    public StatisticsPublisherHandler() {
        this(RuntimeConfig.fromEnv());
    }

    /** The local cloud and tests: the environment Lambda would set. */
    StatisticsPublisherHandler(Map<String, String> environment) {
        this(RuntimeConfig.of(environment));
    }

    private StatisticsPublisherHandler(RuntimeConfig config) {
        StatisticsPublisherComponent component = DaggerStatisticsPublisherComponent.factory().create(config);
        this.service = component.service();
        this.priming = Priming.register("StatisticsPublisher", component.priming());
    }

    @Override
    public String handleRequest(ScheduledEvent event, Context context) {
        return service.publish(publicationDate(event)).toString();
    }

    /** The Oslo date of the scheduled time: 02:30 in Oslo is 00:30 or 01:30 UTC, the same date. */
    static LocalDate publicationDate(ScheduledEvent event) {
        Objects.requireNonNull(event.getTime(), "scheduled event without a time");
        return Instant.ofEpochMilli(event.getTime().getMillis()).atZone(OSLO).toLocalDate();
    }
}
