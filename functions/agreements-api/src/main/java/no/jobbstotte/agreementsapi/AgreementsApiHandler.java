package no.jobbstotte.agreementsapi;

import no.jobbstotte.shared.snapstart.Priming;
import org.crac.Resource;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.jobbstotte.shared.config.RuntimeConfig;
import no.jobbstotte.shared.http.HttpResponses;
import no.jobbstotte.shared.http.Problem;
import no.jobbstotte.shared.log.Log;

/** The chains' agreements API behind API Gateway (payload format 2.0): route, call the service, answer. */
public final class AgreementsApiHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    private static final Log LOG = Log.get(AgreementsApiHandler.class);

    private final AgreementsApiService service;
    private final HttpResponses responses;
    /** Held here: CRaC keeps its resources only weakly. */
    private Resource priming;

    public AgreementsApiHandler() {
        this(RuntimeConfig.fromEnv().environment());
    }

    /** The local cloud and tests: the environment Lambda would set. */
    AgreementsApiHandler(Map<String, String> environment) {
        this(DaggerAgreementsApiComponent.factory().create(RuntimeConfig.of(environment)));
    }

    AgreementsApiHandler(AgreementsApiComponent component) {
        this(component.service(), component.responses());
        this.priming = Priming.register("AgreementsApi", component.priming());
    }

    AgreementsApiHandler(AgreementsApiService service, HttpResponses responses) {
        this.service = service;
        this.responses = responses;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        String requestId = Optional.ofNullable(event.getRequestContext()).map(APIGatewayV2HTTPEvent.RequestContext::getRequestId)
                .orElse(context == null ? null : context.getAwsRequestId());
        return Log.withCorrelationId(requestId, () -> {
            try {
                return respond(route(event, requestId));
            } catch (RuntimeException e) {
                // The one mapper for the unexpected: the cause goes to the log, a generic text to the client.
                LOG.error("request failed", e);
                return responses.problem(Problem.internal());
            }
        });
    }

    private ApiResult route(APIGatewayV2HTTPEvent event, String requestId) {
        Map<String, String> path = Optional.ofNullable(event.getPathParameters()).orElse(Map.of());
        String method = Optional.ofNullable(event.getRequestContext()).map(APIGatewayV2HTTPEvent.RequestContext::getHttp)
                .map(APIGatewayV2HTTPEvent.RequestContext.Http::getMethod).orElse("");
        byte[] body;
        try {
            body = HttpResponses.body(event);
        } catch (IllegalArgumentException e) {
            return new ApiResult.Failure(Problem.badRequest("Innholdet er ikke gyldig base64."));
        }
        ApiRequest request = new ApiRequest(method, path.get("chainId"), path.get("agreementId"),
                Optional.ofNullable(event.getHeaders()).orElse(Map.of()),
                Optional.ofNullable(event.getQueryStringParameters()).orElse(Map.of()), body, requestId);
        boolean item = request.agreementId() != null;
        return switch (method) {
            case "POST" -> item ? new ApiResult.Failure(Problem.methodNotAllowed(Set.of("GET"))) : service.push(request);
            case "GET" -> item ? service.get(request) : service.list(request);
            default -> new ApiResult.Failure(Problem.methodNotAllowed(item ? Set.of("GET") : Set.of("GET", "POST")));
        };
    }

    private APIGatewayV2HTTPResponse respond(ApiResult result) {
        return switch (result) {
            case ApiResult.Json json -> responses.json(json.status(), json.body());
            case ApiResult.Failure failure -> responses.problem(failure.problem());
        };
    }
}
