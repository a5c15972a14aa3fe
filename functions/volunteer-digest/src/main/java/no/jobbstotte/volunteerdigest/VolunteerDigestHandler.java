package no.jobbstotte.volunteerdigest;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import java.time.Instant;
import java.util.Map;
import no.jobbstotte.shared.config.RuntimeConfig;
import no.jobbstotte.shared.snapstart.Priming;
import org.crac.Resource;

/** Daily 08:00 Oslo (ScheduleV2): yesterday's confirmed volunteers to their coordinators. */
public final class VolunteerDigestHandler implements RequestHandler<ScheduledEvent, String> {

    private final VolunteerDigestService service;
    /** Held here: CRaC keeps its resources only weakly. */
    private final Resource priming;

    public VolunteerDigestHandler() {
        this(RuntimeConfig.fromEnv());
    }

    /** The local cloud and tests: the environment Lambda would set. */
    VolunteerDigestHandler(Map<String, String> environment) {
        this(RuntimeConfig.of(environment));
    }

    private VolunteerDigestHandler(RuntimeConfig config) {
        VolunteerDigestComponent component = DaggerVolunteerDigestComponent.factory().create(config);
        this.service = component.service();
        this.priming = Priming.register("VolunteerDigest", component.priming());
    }

    @Override
    public String handleRequest(ScheduledEvent event, Context context) {
        // The scheduled time, not now: a late or repeated run still reports on the same day.
        Instant scheduled = Instant.ofEpochMilli(event.getTime().getMillis());
        VolunteerDigestService.Result result = service.run(scheduled);
        return "day=" + result.day() + " volunteers=" + result.volunteers() + " sent=" + result.sent()
                + " alreadySent=" + result.alreadySent() + " counted=" + result.counted();
    }
}
