package no.jobbstotte.followupscheduler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import java.time.Instant;
import java.util.Map;
import no.jobbstotte.shared.config.RuntimeConfig;
import no.jobbstotte.shared.snapstart.Priming;
import org.crac.Resource;

/** Weekday mornings: enqueues one digest per recipient for the Oslo day of the scheduled time. */
public final class FollowUpSchedulerHandler implements RequestHandler<ScheduledEvent, String> {

    private final FollowUpSchedulerService service;
    /** Held here: CRaC keeps its resources only weakly. */
    private final Resource priming;

    public FollowUpSchedulerHandler() {
        this(RuntimeConfig.fromEnv());
    }

    /** The local cloud and tests: the environment Lambda would set. */
    FollowUpSchedulerHandler(Map<String, String> environment) {
        this(RuntimeConfig.of(environment));
    }

    private FollowUpSchedulerHandler(RuntimeConfig config) {
        FollowUpSchedulerComponent component = DaggerFollowUpSchedulerComponent.factory().create(config);
        this.service = component.service();
        this.priming = Priming.register("FollowUpScheduler", component.priming());
    }

    @Override
    public String handleRequest(ScheduledEvent event, Context context) {
        // The scheduled time, not the wall clock: a late or replayed run is for its own day.
        if (event.getTime() == null) {
            throw new IllegalArgumentException("scheduled event has no time");
        }
        return service.run(Instant.ofEpochMilli(event.getTime().getMillis())).toString();
    }
}
