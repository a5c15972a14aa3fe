package no.jobbstotte.followupactions;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
                            + escape(form.token()) + "\">" + switch (form.asks()) {
                                case NOTHING -> "";
                                case DAYS -> daysSelect();
                                case CONTACT -> CONTACT_FIELDS;
                            }
                            + "<button type=\"submit\">" + escape(form.button()) + "</button></form>", Map.of())
                    : json(form);
            case Reply.Failed failed -> html ? error(failed.problem()) : responses.problem(failed.problem());
        };
    }

    private APIGatewayV2HTTPResponse json(Reply.Form form) {
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("method", "POST").put("action", ACTION)
                .put("token", form.token());
        switch (form.asks()) {
            case NOTHING -> { }
            case DAYS -> body.putObject("days").put("min", PostponeDays.MIN).put("max", PostponeDays.MAX)
                    .put("default", PostponeDays.DEFAULT);
            case CONTACT -> {
                body.putObject("faceToFace").put("type", "boolean").put("required", true);
                body.putObject("employerOrgNumber").put("pattern", "[0-9]{9}").put("required", false);
            }
        }
        return responses.json(200, body);
    }

    /** Plain radio buttons and a text field: the page works without JavaScript. */
    private static final String CONTACT_FIELDS = "<fieldset><legend>Hvordan var kontakten?</legend>"
            + "<p><input type=\"radio\" id=\"ftf\" name=\"faceToFace\" value=\"true\" required> "
            + "<label for=\"ftf\">Ansikt til ansikt</label></p>"
            + "<p><input type=\"radio\" id=\"other\" name=\"faceToFace\" value=\"false\"> "
            + "<label for=\"other\">Annen kontakt (telefon, e-post)</label></p></fieldset>"
            + "<p><label for=\"org\">Arbeidsgiverens organisasjonsnummer (valgfritt)</label> "
            + "<input type=\"text\" id=\"org\" name=\"employerOrgNumber\" inputmode=\"numeric\" autocomplete=\"off\""
            + " maxlength=\"11\"></p>";

    /** A plain select: the page works without JavaScript. */
    private static String daysSelect() {
        StringBuilder select = new StringBuilder("<p><label for=\"days\">Utsett med</label> <select id=\"days\" name=\"days\">");
        for (int days = PostponeDays.MIN; days <= PostponeDays.MAX; days++) {
            select.append("<option value=\"").append(days).append('"').append(days == PostponeDays.DEFAULT ? " selected" : "")
                    .append('>').append(days).append(days == 1 ? " arbeidsdag" : " arbeidsdager").append("</option>");
        }
        return select.append("</select></p>").toString();
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
