package no.jobbstotte.volunteersignup;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import no.jobbstotte.shared.http.HttpResponses;
import no.jobbstotte.shared.http.Problem;
import no.jobbstotte.shared.http.ProblemException;
import no.jobbstotte.shared.json.Json;

/**
 * Turns a request from the open internet into a JSON tree, or a problem: bounded size, JSON or
 * form encoding only. A form post and a script's JSON reach the services as the same tree.
 */
public final class RequestReader {

    /** Far above any honest sign-up (the free text is 1000 characters), far below API Gateway's 10 MB. */
    public static final int MAX_BODY_BYTES = 16 * 1024;
    static final String FORM = "application/x-www-form-urlencoded";

    @Inject
    public RequestReader() {}

    /** The body as a JSON tree. @throws ProblemException for anything we will not read */
    public JsonNode body(APIGatewayV2HTTPEvent event) {
        byte[] bytes = HttpResponses.boundedBody(event, MAX_BODY_BYTES);
        String type = mediaType(event);
        if (type.equals(HttpResponses.JSON)) {
            return json(bytes);
        }
        if (type.equals(FORM)) {
            try {
                return FormData.toJson(FormData.decode(new String(bytes, StandardCharsets.UTF_8)),
                        VolunteerSignupValidator.LIST_FIELDS);
            } catch (FormData.MalformedFormException e) {
                throw new ProblemException(Problem.badRequest("Skjemadataene kunne ikke leses."));
            }
        }
        throw new ProblemException(Problem.unsupportedMediaType(HttpResponses.JSON + " eller " + FORM));
    }

    /** A Norwegian HTML page rather than JSON: for form posts and browsers. */
    public static boolean wantsHtml(APIGatewayV2HTTPEvent event) {
        return mediaType(event).equals(FORM)
                || HttpResponses.header(event, "accept").map(a -> a.toLowerCase(Locale.ROOT).contains("text/html")).orElse(false);
    }

    public static String sourceIp(APIGatewayV2HTTPEvent event) {
        return Optional.ofNullable(event.getRequestContext()).map(APIGatewayV2HTTPEvent.RequestContext::getHttp)
                .map(APIGatewayV2HTTPEvent.RequestContext.Http::getSourceIp).orElse("unknown");
    }

    public static String query(APIGatewayV2HTTPEvent event, String name) {
        Map<String, String> query = event.getQueryStringParameters();
        return query == null ? null : query.get(name);
    }

    private JsonNode json(byte[] bytes) {
        try {
            JsonNode tree = Json.parse(bytes);
            if (tree == null || tree.isMissingNode()) {
                throw new ProblemException(Problem.badRequest("Innholdet er tomt."));
            }
            return tree;
        } catch (IOException e) {
            throw new ProblemException(Problem.badRequest("Innholdet er ikke gyldig JSON."));
        }
    }

    private static String mediaType(APIGatewayV2HTTPEvent event) {
        String header = HttpResponses.header(event, "content-type").orElse("");
        String[] parts = header.split(";");
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip().toLowerCase(Locale.ROOT).replace("\"", "");
            if (parameter.startsWith("charset=") && !parameter.equals("charset=utf-8")) {
                return "unsupported-charset";
            }
        }
        return parts[0].strip().toLowerCase(Locale.ROOT);
    }
}
