package no.jobbstotte.followupactions;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import no.jobbstotte.shared.http.HttpResponses;
import no.jobbstotte.shared.http.Problem;
import no.jobbstotte.shared.http.ProblemException;
import no.jobbstotte.shared.json.Json;

/**
 * Reads what a request carries: the link's token (from the query, a form post or JSON) and, for
 * "Utsett", the chosen number of working days ({@code days}), for "Registrer arbeidsgiverkontakt"
 * {@code faceToFace} and {@code employerOrgNumber}, all still unchecked.
 */
public final class ActionRequests {

    /** A POST's fields, each null when absent and {@code "?"} when JSON gave it an unusable type. */
    record Body(String token, String days, String faceToFace, String employerOrgNumber) {}

    /** A token is well under 1 KB; anything far larger is not a use of our link. */
    public static final int MAX_BODY_BYTES = 4096;
    static final String FORM = "application/x-www-form-urlencoded";

    private ActionRequests() {}

    static String queryToken(APIGatewayV2HTTPEvent event) {
        Map<String, String> query = event.getQueryStringParameters();
        return query == null ? null : query.get("token");
    }

    /** @throws ProblemException for a body we will not read */
    static Body body(APIGatewayV2HTTPEvent event) {
        byte[] bytes = HttpResponses.boundedBody(event, MAX_BODY_BYTES);
        String body = new String(bytes, StandardCharsets.UTF_8);
        return switch (mediaType(event)) {
            case FORM -> new Body(formField(body, "token"), formField(body, "days"), formField(body, "faceToFace"),
                    formField(body, "employerOrgNumber"));
            case HttpResponses.JSON -> jsonBody(body);
            default -> throw new ProblemException(Problem.unsupportedMediaType(HttpResponses.JSON + " eller " + FORM));
        };
    }

    /** A Norwegian HTML page rather than JSON: for form posts and browsers. */
    static boolean wantsHtml(APIGatewayV2HTTPEvent event) {
        return mediaType(event).equals(FORM) || HttpResponses.header(event, "accept")
                .map(a -> a.toLowerCase(Locale.ROOT).contains("text/html")).orElse(false);
    }

    private static String formField(String body, String name) {
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                try {
                    return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    throw new ProblemException(Problem.badRequest("Skjemadataene kunne ikke leses."));
                }
            }
        }
        return null;
    }

    private static Body jsonBody(String body) {
        try {
            JsonNode tree = Json.parse(body);
            if (tree == null) {
                return new Body(null, null, null, null);
            }
            JsonNode days = tree.path("days");
            JsonNode faceToFace = tree.path("faceToFace");
            JsonNode org = tree.path("employerOrgNumber");
            return new Body(tree.path("token").isTextual() ? tree.get("token").textValue() : null,
                    days.isIntegralNumber() || days.isTextual() ? days.asText() : days.isMissingNode() ? null : "?",
                    faceToFace.isBoolean() ? faceToFace.asText() : faceToFace.isMissingNode() ? null : "?",
                    org.isTextual() ? org.textValue() : org.isMissingNode() || org.isNull() ? null : "?");
        } catch (IOException e) {
            throw new ProblemException(Problem.badRequest("Innholdet er ikke gyldig JSON."));
        }
    }

    private static String mediaType(APIGatewayV2HTTPEvent event) {
        return HttpResponses.header(event, "content-type").orElse("").split(";")[0].strip().toLowerCase(Locale.ROOT);
    }
}
