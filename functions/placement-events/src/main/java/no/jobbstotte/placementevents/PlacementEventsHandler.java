package no.jobbstotte.placementevents;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.util.Map;
import no.jobbstotte.shared.batch.PartialBatch;
import no.jobbstotte.shared.config.RuntimeConfig;
import no.jobbstotte.shared.followup.event.PlacementEventJson;
import no.jobbstotte.shared.snapstart.Priming;
import org.crac.Resource;

/** Placement and directory events from the case systems, one SQS batch at a time. */
public final class PlacementEventsHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {

    private final PlacementEventsService service;
    private final PartialBatch batch;
    /** Held here: CRaC keeps its resources only weakly. */
    private final Resource priming;

    public PlacementEventsHandler() {
        this(RuntimeConfig.fromEnv());
    }

    /** The local cloud and tests: the environment Lambda would set. */
    PlacementEventsHandler(Map<String, String> environment) {
        this(RuntimeConfig.of(environment));
    }

    private PlacementEventsHandler(RuntimeConfig config) {
        PlacementEventsComponent component = DaggerPlacementEventsComponent.factory().create(config);
        this.service = component.service();
        this.batch = component.partialBatch();
        this.priming = Priming.register("PlacementEvents", component.priming());
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        return batch.process(event, PlacementEventJson::parse, service::apply);
    }
}
