package no.jobbstotte.volunteersignup;

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

/** The public volunteer API (VolunteersHttpApi): routes by route key, renders JSON or HTML. */
public final class VolunteerSignupHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    private static final Log LOG = Log.get(VolunteerSignupHandler.class);

    private final VolunteerSignupService signups;
    private final VolunteerLinkService links;
    private final RequestReader reader;
    private final VolunteerResponder responder;
    /** Held here: CRaC keeps its resources only weakly. */
    private final Resource priming;

    public VolunteerSignupHandler() {
        this(RuntimeConfig.fromEnv());
    }

    /** The local cloud and tests: the environment Lambda would set. */
    VolunteerSignupHandler(Map<String, String> environment) {
        this(RuntimeConfig.of(environment));
    }

    private VolunteerSignupHandler(RuntimeConfig config) {
        VolunteerSignupComponent component = DaggerVolunteerSignupComponent.factory().create(config);
        this.signups = component.signups();
        this.links = component.links();
        this.reader = component.reader();
        this.responder = component.responder();
        this.priming = Priming.register("VolunteerSignup", component.priming());
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return Log.withCorrelationId(context == null ? null : context.getAwsRequestId(), () -> {
            Reply reply;
            try {
                String ip = RequestReader.sourceIp(event);
                reply = switch (String.valueOf(event.getRouteKey())) {
                    case "POST /v1/volunteers" -> signups.signUp(reader.body(event), ip);
                    case "POST /v1/volunteers/erasure-requests" -> signups.requestErasure(reader.body(event), ip);
                    case "GET /v1/volunteers/confirm" -> links.confirmPage(RequestReader.query(event, "token"));
                    case "POST /v1/volunteers/confirm" -> links.confirm(reader.body(event));
                    case "GET /v1/volunteers/erase" -> links.erasePage(RequestReader.query(event, "token"));
                    case "POST /v1/volunteers/erase" -> links.erase(reader.body(event));
                    default -> new Reply.Failed(Problem.notFound("Adressen finnes ikke."));
                };
            } catch (ProblemException e) {
                reply = new Reply.Failed(e.problem());
            } catch (SdkException e) {
                // Storage or e-mail is down: nothing half-done is lost (a retry resends the link),
                // so the person is asked to try again rather than shown a bare 500.
                LOG.error("a dependency failed; answered 503", e, "route", event.getRouteKey());
                reply = new Reply.Failed(Problem.serviceUnavailable("Vi får ikke tatt imot dette akkurat nå. Prøv igjen om litt.", 30));
            }
            return responder.render(reply, RequestReader.wantsHtml(event));
        });
    }
}
