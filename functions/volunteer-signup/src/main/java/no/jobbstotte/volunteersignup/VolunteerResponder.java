package no.jobbstotte.volunteersignup;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import no.jobbstotte.shared.http.HtmlPage;
import no.jobbstotte.shared.http.HttpResponses;
import no.jobbstotte.shared.http.Problem;
import no.jobbstotte.shared.validation.FieldError;

/**
 * Renders a {@link Reply} as JSON / problem+json for scripts, or as a Norwegian HTML page for
 * browsers. The pages wear the volunteer site's look: the same header, footer and stylesheet as
 * the sign-up page in {@code web/frivillig/}, which is deployed on this API's origin (README,
 * "Volunteer sign-ups"), so the e-mailed links and the form's answers land on pages like it.
 */
public final class VolunteerResponder {

    /** Where the sign-up page and its stylesheet are served, beside the API on the same origin. */
    static final String SITE = "/frivillig/";
    /** The API's own policy, loosened for pages only by their one stylesheet and their one form. */
    static final String PAGE_CSP = HtmlPage.CSP;
    private static final Map<String, String> LABELS = Map.of("/name", "Navn", "/email", "E-post",
            "/phone", "Mobilnummer", "/municipalityNumber", "Kommune", "/interests", "Interesser",
            "/availability", "Når du kan", "/message", "Melding", "/consent", "Samtykke", "/token", "Lenke");
    private static final String FORM_ERRORS_TITLE = "Skjemaet må rettes";
    private static final String LINK_ERROR_TITLE = "Lenken virker ikke";

    private final HttpResponses responses;

    @Inject
    public VolunteerResponder(HttpResponses responses) {
        this.responses = responses;
    }

    public APIGatewayV2HTTPResponse render(Reply reply, boolean html) {
        return switch (reply) {
            case Reply.Done done -> html ? page(done.status(), done.title(), "<p class=\"lead\">" + escape(done.message()) + "</p>", Map.of())
                    : responses.json(done.status(), JsonNodeFactory.instance.objectNode()
                            .put("status", done.outcome()).put("message", done.message()));
            case Reply.Form form -> html ? page(200, form.title(), "<p class=\"lead\">" + escape(form.message()) + "</p>\n"
                            + "<form method=\"post\" action=\"" + escape(form.action()) + "\"><input type=\"hidden\" name=\"token\" value=\""
                            + escape(form.token()) + "\"><button type=\"submit\">" + escape(form.button()) + "</button></form>", Map.of())
                    : responses.json(200, JsonNodeFactory.instance.objectNode().put("method", "POST")
                            .put("action", form.action()).put("token", form.token()));
            case Reply.Failed failed -> html ? errorPage(failed.problem()) : responses.problem(failed.problem());
        };
    }

    /**
     * Field errors as a list a person can act on (the JSON's "see errors" detail is for scripts);
     * a broken link as the link's own message; any other problem as its title and detail.
     */
    private APIGatewayV2HTTPResponse errorPage(Problem problem) {
        List<FieldError> errors = problem.errors();
        if (errors.isEmpty()) {
            return page(problem.status(), problem.title(),
                    "<p class=\"lead\">" + escape(problem.detail() == null ? "" : problem.detail()) + "</p>", problem.headers());
        }
        if (errors.stream().allMatch(error -> error.field().equals("/token"))) {
            return page(problem.status(), LINK_ERROR_TITLE, "<p class=\"lead\">" + escape(errors.get(0).message()) + "</p>",
                    problem.headers());
        }
        StringBuilder body = new StringBuilder("<div class=\"error-summary\">\n<ul>");
        for (FieldError error : errors) {
            String field = error.field().replaceFirst("^(/[^/]*).*", "$1");
            body.append("<li>").append(escape(LABELS.getOrDefault(field, "Skjema"))).append(": ")
                    .append(escape(error.message())).append("</li>");
        }
        body.append("</ul>\n</div>\n<p>Gå tilbake i nettleseren, rett opp og send skjemaet igjen.</p>");
        return page(problem.status(), FORM_ERRORS_TITLE, body.toString(), problem.headers());
    }

    private APIGatewayV2HTTPResponse page(int status, String title, String content, Map<String, String> extra) {
        return HtmlPage.response(responses, status, extra, title, "Jobbstøtte frivillig", SITE + "style.css",
                "<header class=\"site-header\"><p><a href=\"" + SITE + "\">Jobbstøtte frivillig</a></p></header>",
                content, """
                <footer class="site-footer">
                <ul>
                <li><a href="%1$s">Bli frivillig</a></li>
                <li><a href="%1$sslett.html">Slett opplysningene dine</a></li>
                </ul>
                </footer>""".formatted(SITE));
    }

    static String escape(String text) {
        return HtmlPage.escape(text);
    }
}
