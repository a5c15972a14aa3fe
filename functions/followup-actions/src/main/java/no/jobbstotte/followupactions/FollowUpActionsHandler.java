package no.jobbstotte.followupactions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.Map;
import no.jobbstotte.shared.config.RuntimeConfig;
import no.jobbstotte.shared.http.Problem;
import no.jobbstotte.shared.http.ProblemException;
import no.jobbstotte.shared.log.Log;
import no.jobbstotte.shared.snapstart.Priming;
import org.crac.Resource;
import software.amazon.awssdk.core.exception.SdkException;

/** The digests' action links (FollowUpActionsHttpApi): the page a link opens, and its button's POST. */
public final class FollowUpActionsHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    private static final Log LOG = Log.get(FollowUpActionsHandler.class);

    private final FollowUpActionsService actions;
    private final ActionPages pages;
    /** Held here: CRaC keeps its resources only weakly. */
    private final Resource priming;

    public FollowUpActionsHandler() {
        this(RuntimeConfig.fromEnv());
    }

    /** The local cloud and tests: the environment Lambda would set. */
    FollowUpActionsHandler(Map<String, String> environment) {
        this(RuntimeConfig.of(environment));
    }

    private FollowUpActionsHandler(RuntimeConfig config) {
        FollowUpActionsComponent component = DaggerFollowUpActionsComponent.factory().create(config);
        this.actions = component.actions();
        this.pages = component.pages();
        this.priming = Priming.register("FollowUpActions", component.priming());
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return Log.withCorrelationId(context == null ? null : context.getAwsRequestId(), () -> {
            Reply reply;
            try {
                reply = switch (String.valueOf(event.getRouteKey())) {
                    case "GET " + ActionPages.ACTION -> actions.page(ActionRequests.queryToken(event));
                    case "POST " + ActionPages.ACTION -> actions.act(ActionRequests.body(event));
                    default -> new Reply.Failed(Problem.notFound("Adressen finnes ikke."));
                };
            } catch (ProblemException e) {
                reply = new Reply.Failed(e.problem());
            } catch (SdkException e) {
                // Nothing was sent (the event is the last step), so the same link works on a retry.
                LOG.error("a dependency failed; answered 503", e, "route", event.getRouteKey());
                reply = new Reply.Failed(Problem.serviceUnavailable(
                        "Vi får ikke registrert dette akkurat nå. Prøv igjen om litt; lenken virker fortsatt.", 30));
            }
            return pages.render(reply, ActionRequests.wantsHtml(event));
        });
    }
}
