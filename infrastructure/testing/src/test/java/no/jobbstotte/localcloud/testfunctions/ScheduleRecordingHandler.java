package no.jobbstotte.localcloud.testfunctions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records the scheduled time of each event it gets. */
public final class ScheduleRecordingHandler implements RequestHandler<ScheduledEvent, String> {

    public static final List<Instant> FIRED = new CopyOnWriteArrayList<>();

    @Override
    public String handleRequest(ScheduledEvent event, Context context) {
        FIRED.add(Instant.ofEpochMilli(event.getTime().getMillis()));
        return "ok";
    }
}
