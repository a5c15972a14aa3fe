package no.jobbstotte.followupactions;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Map;
import javax.inject.Inject;
import no.jobbstotte.shared.http.HtmlPage;
import no.jobbstotte.shared.http.HttpResponses;
import no.jobbstotte.shared.http.Problem;

/**
 * Renders a {@link Reply} as a Norwegian HTML page for the specialist's browser, or as JSON /
 * problem+json for scripts. The pages wear the site's look: the same header, main and stylesheet
 * as the volunteer pages in {@code web/frivillig/}, served on the same origin (README,
 * "Follow-up reminders").
 */
final class ActionPages {

    static final String ACTION = "/v1/followup-actions";
    static final String STYLESHEET = "/frivillig/style.css";

    private final HttpResponses responses;

    @Inject
    ActionPages(HttpResponses responses) {
        this.responses = responses;
    }

    APIGatewayV2HTTPResponse render(Reply reply, boolean html) {
        return switch (reply) {
            case Reply.Done done -> html ? page(200, done.title(), lead(done.message()), Map.of())
                    : responses.json(200, JsonNodeFactory.instance.objectNode().put("status", done.outcome())
                            .put("message", done.message()));
            case Reply.Form form -> html ? page(200, form.title(), lead(form.message())
                            + "\n<form method=\"post\" action=\"" + ACTION + "\"><input type=\"hidden\" name=\"token\" value=\""
                            + escape(form.token()) + "\"><button type=\"submit\">" + escape(form.button()) + "</button></form>",
                            Map.of())
                    : responses.json(200, JsonNodeFactory.instance.objectNode().put("method", "POST")
                            .put("action", ACTION).put("token", form.token()));
            case Reply.Failed failed -> html ? error(failed.problem()) : responses.problem(failed.problem());
        };
    }

    private APIGatewayV2HTTPResponse error(Problem problem) {
        return page(problem.status(), problem.title(), lead(problem.detail() == null ? "" : problem.detail()),
                problem.headers());
    }

    private static String lead(String text) {
        return "<p class=\"lead\">" + escape(text) + "</p>";
    }

    private APIGatewayV2HTTPResponse page(int status, String title, String content, Map<String, String> extra) {
        return HtmlPage.response(responses, status, extra, title, "Jobbstøtte", STYLESHEET,
                "<header class=\"site-header\"><p>Jobbstøtte oppfølging</p></header>", content,
                "<footer class=\"site-footer\">\n<p>Siden hører til påminnelsene om oppfølging fra Jobbstøtte.</p>\n</footer>");
    }

    private static String escape(String text) {
        return HtmlPage.escape(text);
    }
}
