package no.jobbstotte.agreementssync;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import no.jobbstotte.shared.agreement.AgreementMessage;
import no.jobbstotte.shared.batch.PartialBatch;
import no.jobbstotte.shared.config.RuntimeConfig;
import no.jobbstotte.shared.snapstart.Priming;
import org.crac.Resource;

/**
 * Consumes AgreementsQueue: stores each agreement version and reports failures per message. The
 * batch's message groups (one per agreement) are stored concurrently, each in order.
 */
public final class AgreementsSyncHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {

    private final AgreementsSyncService service;
    private final PartialBatch batch;
    /** Virtual threads: one per message group of a batch, nothing pooled that a snapshot could hold. */
    private final ExecutorService groups = Executors.newVirtualThreadPerTaskExecutor();
    /** Held here: CRaC keeps its resources only weakly. */
    private final Resource priming;

    public AgreementsSyncHandler() {
        this(RuntimeConfig.fromEnv());
    }

    /** The local cloud and tests: the environment Lambda would set. */
    AgreementsSyncHandler(Map<String, String> environment) {
        this(RuntimeConfig.of(environment));
    }

    private AgreementsSyncHandler(RuntimeConfig config) {
        AgreementsSyncComponent component = DaggerAgreementsSyncComponent.factory().create(config);
        this.service = component.service();
        this.batch = component.partialBatch();
        this.priming = Priming.register("AgreementsSync", component.priming());
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        return batch.processConcurrently(event, AgreementMessage::parse, service::sync, groups);
    }
}
