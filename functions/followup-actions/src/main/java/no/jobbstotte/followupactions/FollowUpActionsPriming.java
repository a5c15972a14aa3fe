package no.jobbstotte.followupactions;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.util.Map;
import javax.inject.Inject;
import no.jobbstotte.shared.http.ProblemException;
import no.jobbstotte.shared.table.placements.FollowUpLookup;

/**
 * SnapStart prime: a form post read, every page rendered as HTML and JSON, a malformed token
 * refused (before any key is read), and one read of a placement that cannot exist (builds the
 * DynamoDB client's request pipeline). Sends nothing; reads no secret, so the snapshot holds no key.
 */
final class FollowUpActionsPriming implements Runnable {

    private final FollowUpActionsService actions;
    private final ActionPages pages;
    private final FollowUpLookup placements;

    @Inject
    FollowUpActionsPriming(FollowUpActionsService actions, ActionPages pages, FollowUpLookup placements) {
        this.actions = actions;
        this.pages = pages;
        this.placements = placements;
    }

    @Override
    public void run() {
        APIGatewayV2HTTPEvent post = APIGatewayV2HTTPEvent.builder().withRouteKey("POST " + ActionPages.ACTION)
                .withHeaders(Map.of("content-type", ActionRequests.FORM)).withBody("token=snapstart-prime").build();
        Reply refused;
        try {
            actions.act(ActionRequests.body(post));
            throw new IllegalStateException("the priming token was accepted");
        } catch (ProblemException e) {
            refused = new Reply.Failed(e.problem());
        }
        for (Reply reply : new Reply[] {refused, FollowUpActionsService.DONE, FollowUpActionsService.CONTACT,
                new Reply.Form("snapstart-prime", "Registrer oppfølging", "Prime", "Registrer som utført", Reply.Asks.NOTHING),
                new Reply.Form("snapstart-prime", "Utsett oppfølging", "Prime", "Utsett", Reply.Asks.DAYS),
                new Reply.Form("snapstart-prime", "Registrer arbeidsgiverkontakt", "Prime", "Registrer kontakt",
                        Reply.Asks.CONTACT)}) {
            pages.render(reply, true);
            pages.render(reply, false);
        }
        placements.find("snapstart-prime-does-not-exist");
    }
}
