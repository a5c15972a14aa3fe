package no.jobbstotte.volunteerdigest;

import no.jobbstotte.shared.snapstart.Priming;
import org.crac.Resource;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import java.time.Instant;
import java.util.Map;
import no.jobbstotte.shared.config.RuntimeConfig;

/** Daily 08:00 Oslo (ScheduleV2): yesterday's confirmed volunteers to their coordinators. */
public final class VolunteerDigestHandler implements RequestHandler<ScheduledEvent, String> {

    private final VolunteerDigestService service;
    /** Held here: CRaC keeps its resources only weakly. */
    private final Resource priming;

    public VolunteerDigestHandler() {
        this(DaggerVolunteerDigestComponent.factory().create(RuntimeConfig.fromEnv()));
    }

    /** The local cloud passes the function's environment as Lambda would set it. */
    VolunteerDigestHandler(Map<String, String> environment) {
        this(DaggerVolunteerDigestComponent.factory().create(RuntimeConfig.of(environment)));
    }

    VolunteerDigestHandler(VolunteerDigestComponent component) {
        this.service = component.service();
        this.priming = Priming.register("VolunteerDigest", component.priming());
    }

    @Override
    public String handleRequest(ScheduledEvent event, Context context) {
        // The scheduled time, not now: a late or repeated run still reports on the same day.
        Instant scheduled = Instant.ofEpochMilli(event.getTime().getMillis());
        VolunteerDigestService.Result result = service.run(scheduled);
        return "day=" + result.day() + " volunteers=" + result.volunteers() + " sent=" + result.sent()
                + " alreadySent=" + result.alreadySent();
    }
}
