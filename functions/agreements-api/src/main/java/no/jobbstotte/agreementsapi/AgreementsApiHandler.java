package no.jobbstotte.agreementsapi;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.jobbstotte.shared.config.RuntimeConfig;
import no.jobbstotte.shared.http.Problem;
import no.jobbstotte.shared.http.ProblemException;
import no.jobbstotte.shared.log.Log;
import no.jobbstotte.shared.snapstart.Priming;
import org.crac.Resource;

/** The chains' agreements API behind API Gateway (payload format 2.0): read, route to an endpoint, respond. */
public final class AgreementsApiHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    private static final Log LOG = Log.get(AgreementsApiHandler.class);

    private final RequestReader reader;
    private final PushAgreementsService push;
    private final GetAgreementService get;
    private final ListAgreementsService list;
    private final AgreementsResponder responder;
    /** Held here: CRaC keeps its resources only weakly. */
    private final Resource priming;

    public AgreementsApiHandler() {
        this(RuntimeConfig.fromEnv());
    }

    /** The local cloud and tests: the environment Lambda would set. */
    AgreementsApiHandler(Map<String, String> environment) {
        this(RuntimeConfig.of(environment));
    }

    private AgreementsApiHandler(RuntimeConfig config) {
        AgreementsApiComponent component = DaggerAgreementsApiComponent.factory().create(config);
        this.reader = component.reader();
        this.push = component.push();
        this.get = component.get();
        this.list = component.list();
        this.responder = component.responder();
        this.priming = Priming.register("AgreementsApi", component.priming());
    }

    /** Tests: the endpoints on in-memory fakes, with no SnapStart prime. */
    AgreementsApiHandler(RequestReader reader, PushAgreementsService push, GetAgreementService get,
            ListAgreementsService list, AgreementsResponder responder) {
        this.reader = reader;
        this.push = push;
        this.get = get;
        this.list = list;
        this.responder = responder;
        this.priming = null;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        String requestId = Optional.ofNullable(event.getRequestContext()).map(APIGatewayV2HTTPEvent.RequestContext::getRequestId)
                .orElse(context == null ? null : context.getAwsRequestId());
        return Log.withCorrelationId(requestId, () -> {
            try {
                return responder.render(route(reader.read(event, requestId)));
            } catch (ProblemException e) {
                return responder.render(new Reply.Failed(e.problem()));
            } catch (RuntimeException e) {
                // The one mapper for the unexpected: the cause goes to the log, a generic text to the client.
                LOG.error("request failed", e);
                return responder.render(new Reply.Failed(Problem.internal()));
            }
        });
    }

    private Reply route(ApiRequest request) {
        boolean item = request.agreementId() != null;
        return switch (request.method()) {
            case "POST" -> item ? new Reply.Failed(Problem.methodNotAllowed(Set.of("GET"))) : push.push(request);
            case "GET" -> item ? get.get(request) : list.list(request);
            default -> new Reply.Failed(Problem.methodNotAllowed(item ? Set.of("GET") : Set.of("GET", "POST")));
        };
    }
}
