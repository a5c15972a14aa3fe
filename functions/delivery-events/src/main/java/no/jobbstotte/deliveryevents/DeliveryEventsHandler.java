package no.jobbstotte.deliveryevents;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.util.Map;
import no.jobbstotte.shared.batch.PartialBatch;
import no.jobbstotte.shared.config.RuntimeConfig;
import no.jobbstotte.shared.snapstart.Priming;
import org.crac.Resource;

/** SES delivery events (bounce, complaint, delivery, reject, delay) from SNS, one SQS batch at a time. */
public final class DeliveryEventsHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {

    private final DeliveryEventsService service;
    private final PartialBatch batch;
    /** Held here: CRaC keeps its resources only weakly. */
    private final Resource priming;

    public DeliveryEventsHandler() {
        this(RuntimeConfig.fromEnv());
    }

    /** The local cloud and tests: the environment Lambda would set. */
    DeliveryEventsHandler(Map<String, String> environment) {
        this(RuntimeConfig.of(environment));
    }

    private DeliveryEventsHandler(RuntimeConfig config) {
        DeliveryEventsComponent component = DaggerDeliveryEventsComponent.factory().create(config);
        this.service = component.service();
        this.batch = component.partialBatch();
        this.priming = Priming.register("DeliveryEvents", component.priming());
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        return batch.process(event, SesEventJson::parse, service::apply);
    }
}
