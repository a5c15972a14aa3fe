package no.jobbstotte.remindersender;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.util.Map;
import java.util.concurrent.Executor;
import no.jobbstotte.shared.batch.PartialBatch;
import no.jobbstotte.shared.config.RuntimeConfig;
import no.jobbstotte.shared.followup.reminders.ReminderMessageCodec;
import no.jobbstotte.shared.snapstart.Priming;
import org.crac.Resource;

/**
 * Sends the digests the scheduler enqueued: one e-mail per message at most, however often
 * delivered. A batch's messages are independent digests, so they are handled side by side.
 */
public final class ReminderSenderHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {

    private final ReminderSenderService service;
    private final ReminderMessageCodec codec;
    private final PartialBatch batch;
    private final Executor messagePool;
    /** Held here: CRaC keeps its resources only weakly. */
    private final Resource priming;

    public ReminderSenderHandler() {
        this(RuntimeConfig.fromEnv());
    }

    /** The local cloud and tests: the environment Lambda would set. */
    ReminderSenderHandler(Map<String, String> environment) {
        this(RuntimeConfig.of(environment));
    }

    private ReminderSenderHandler(RuntimeConfig config) {
        ReminderSenderComponent component = DaggerReminderSenderComponent.factory().create(config);
        this.service = component.service();
        this.codec = component.codec();
        this.batch = component.partialBatch();
        this.messagePool = component.messagePool();
        this.priming = Priming.register("ReminderSender", component.priming());
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        return batch.processConcurrently(event, codec::parse, service::send, messagePool);
    }
}
