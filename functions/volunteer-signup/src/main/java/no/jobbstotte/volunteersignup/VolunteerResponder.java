package no.jobbstotte.volunteersignup;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.inject.Inject;
import no.jobbstotte.shared.http.HttpResponses;
import no.jobbstotte.shared.http.Problem;
import no.jobbstotte.shared.validation.FieldError;

/** Renders a {@link Reply} as JSON / problem+json for scripts, or as a Norwegian HTML page for browsers. */
public final class VolunteerResponder {

    private static final Map<String, String> LABELS = Map.of("/name", "Navn", "/email", "E-post",
            "/phone", "Mobilnummer", "/municipalityNumber", "Kommune", "/interests", "Interesser",
            "/availability", "Når du kan", "/message", "Melding", "/consent", "Samtykke", "/token", "Lenke");

    private final HttpResponses responses;

    @Inject
    public VolunteerResponder(HttpResponses responses) {
        this.responses = responses;
    }

    public APIGatewayV2HTTPResponse render(Reply reply, boolean html) {
        return switch (reply) {
            case Reply.Done done -> html ? page(done.status(), done.title(), "<p>" + escape(done.message()) + "</p>", Map.of())
                    : responses.json(done.status(), JsonNodeFactory.instance.objectNode()
                            .put("status", done.outcome()).put("message", done.message()));
            case Reply.Form form -> html ? page(200, form.title(), "<p>" + escape(form.message()) + "</p>\n<form method=\"post\" action=\""
                            + escape(form.action()) + "\"><input type=\"hidden\" name=\"token\" value=\"" + escape(form.token())
                            + "\"><button type=\"submit\">" + escape(form.button()) + "</button></form>", Map.of())
                    : responses.json(200, JsonNodeFactory.instance.objectNode().put("method", "POST")
                            .put("action", form.action()).put("token", form.token()));
            case Reply.Failed failed -> html ? errorPage(failed.problem()) : responses.problem(failed.problem());
        };
    }

    private APIGatewayV2HTTPResponse errorPage(Problem problem) {
        StringBuilder body = new StringBuilder("<p>").append(escape(problem.detail() == null ? "" : problem.detail())).append("</p>");
        if (!problem.errors().isEmpty()) {
            body.append("\n<ul>");
            for (FieldError error : problem.errors()) {
                String field = error.field().replaceFirst("^(/[^/]*).*", "$1");
                body.append("<li>").append(escape(LABELS.getOrDefault(field, "Skjema"))).append(": ")
                        .append(escape(error.message())).append("</li>");
            }
            body.append("</ul>\n<p>Gå tilbake, rett opp og send skjemaet igjen.</p>");
        }
        return page(problem.status(), problem.title(), body.toString(), problem.headers());
    }

    /** Built on the JSON response so the page keeps the shared security headers; only type and body change. */
    private APIGatewayV2HTTPResponse page(int status, String title, String content, Map<String, String> extra) {
        APIGatewayV2HTTPResponse response = responses.json(status, JsonNodeFactory.instance.objectNode());
        Map<String, String> headers = new LinkedHashMap<>(response.getHeaders());
        headers.putAll(extra);
        headers.put("Content-Type", "text/html; charset=utf-8");
        response.setHeaders(headers);
        response.setBody("""
                <!doctype html>
                <html lang="nb">
                <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s – Jobbstøtte frivillig</title></head>
                <body><main>
                <h1>%s</h1>
                %s
                </main></body>
                </html>
                """.formatted(escape(title), escape(title), content));
        return response;
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
