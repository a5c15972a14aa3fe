package no.jobbstotte.agreementsapi;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import no.jobbstotte.shared.http.HttpResponses;
import no.jobbstotte.shared.http.Problem;
import no.jobbstotte.shared.http.ProblemException;
import no.jobbstotte.shared.json.Json;
import no.jobbstotte.shared.validation.FieldError;

/**
 * Reads what a request says apart from the agreements themselves: the event as an
 * {@link ApiRequest}, the push's headers and body shape, the list's query. Anything it will not
 * read becomes a {@link ProblemException}; the services decide in which order to ask.
 */
public final class RequestReader {

    public static final int MAX_BODY_BYTES = 1024 * 1024;
    public static final int MAX_ITEMS = 100;
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 100;
    static final int MAX_IDEMPOTENCY_KEY = 128;
    static final int MAX_CURSOR = 2048;

    @Inject
    public RequestReader() {}

    /** The event without Lambda types; the body exactly as received, since signatures are over it. */
    public ApiRequest read(APIGatewayV2HTTPEvent event, String requestId) {
        byte[] body;
        try {
            body = HttpResponses.body(event);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(Problem.badRequest("Innholdet er ikke gyldig base64."));
        }
        String method = Optional.ofNullable(event.getRequestContext()).map(APIGatewayV2HTTPEvent.RequestContext::getHttp)
                .map(APIGatewayV2HTTPEvent.RequestContext.Http::getMethod).orElse("");
        Map<String, String> path = Optional.ofNullable(event.getPathParameters()).orElse(Map.of());
        return new ApiRequest(method, path.get("chainId"), path.get("agreementId"),
                Optional.ofNullable(event.getHeaders()).orElse(Map.of()),
                Optional.ofNullable(event.getQueryStringParameters()).orElse(Map.of()), body, requestId);
    }

    /** A push larger than this is refused before anything else, its signature included. */
    void requireWithinSize(ApiRequest request) {
        if (request.body().length > MAX_BODY_BYTES) {
            throw new ProblemException(Problem.payloadTooLarge(MAX_BODY_BYTES));
        }
    }

    /** JSON, in UTF-8 if a charset is named at all. */
    void requireJson(ApiRequest request) {
        if (!isJson(request.header("content-type").orElse(null))) {
            throw new ProblemException(Problem.unsupportedMediaType(HttpResponses.JSON));
        }
    }

    /** The Idempotency-Key header, if sent: 1–128 visible ASCII characters. */
    Optional<String> idempotencyKey(ApiRequest request) {
        Optional<String> key = request.header("idempotency-key");
        if (key.isPresent() && !isValidIdempotencyKey(key.get())) {
            throw new ProblemException(Problem.validation(List.of(new FieldError("/headers/Idempotency-Key",
                    FieldError.INVALID_FORMAT, "Må være 1–" + MAX_IDEMPOTENCY_KEY + " synlige ASCII-tegn, uten mellomrom."))));
        }
        return key;
    }

    /** The push body's items: a JSON object with the field items only, a list of 1–100 values. */
    JsonNode items(ApiRequest request) {
        JsonNode root;
        try {
            root = Json.parse(request.body());
        } catch (IOException e) {
            throw new ProblemException(Problem.badRequest("Innholdet er ikke gyldig JSON."));
        }
        if (root == null || root.isMissingNode() || !root.isObject()) {
            throw new ProblemException(Problem.badRequest("Innholdet må være et JSON-objekt med feltet items."));
        }
        List<FieldError> errors = new ArrayList<>();
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!name.equals("items")) {
                errors.add(new FieldError("/" + FieldError.pointerSegment(name), FieldError.UNKNOWN_FIELD,
                        "Feltet er ukjent. Tillatt felt: items."));
            }
        }
        JsonNode items = root.get("items");
        if (items == null || items.isNull()) {
            errors.add(new FieldError("/items", FieldError.REQUIRED, "Feltet er påkrevd."));
        } else if (!items.isArray()) {
            errors.add(new FieldError("/items", FieldError.INVALID_TYPE, "Feltet må være en liste."));
        } else if (items.isEmpty() || items.size() > MAX_ITEMS) {
            errors.add(new FieldError("/items", FieldError.OUT_OF_RANGE,
                    "Listen må ha mellom 1 og " + MAX_ITEMS + " avtaler."));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.validation(errors));
        }
        return items;
    }

    /** The list's query parameters, all optional; every bad one is reported at once. */
    ListQuery listQuery(ApiRequest request) {
        List<FieldError> errors = new ArrayList<>();
        Instant since = Instant.EPOCH;
        String updatedSince = request.query().get("updatedSince");
        if (updatedSince != null) {
            try {
                since = Instant.parse(updatedSince);
            } catch (DateTimeException e) {
                errors.add(new FieldError("/query/updatedSince", FieldError.INVALID_FORMAT,
                        "Må være et tidspunkt i ISO 8601-format med tidssone, for eksempel 2026-01-05T08:00:00Z."));
            }
        }
        int limit = DEFAULT_LIMIT;
        String limitText = request.query().get("limit");
        if (limitText != null) {
            limit = limitText.matches("[0-9]{1,4}") ? Integer.parseInt(limitText) : -1;
            if (limit < 1 || limit > MAX_LIMIT) {
                errors.add(new FieldError("/query/limit", FieldError.OUT_OF_RANGE,
                        "Må være et heltall mellom 1 og " + MAX_LIMIT + "."));
            }
        }
        String cursor = request.query().get("cursor");
        if (cursor != null && cursor.isEmpty()) {
            cursor = null;
        }
        if (cursor != null && cursor.length() > MAX_CURSOR) {
            errors.add(invalidCursor());
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.validation(errors));
        }
        return new ListQuery(since, cursor, limit);
    }

    /** GET /v1/chains/{chainId}/agreements: changes since a time, a page at a time. */
    record ListQuery(Instant since, String cursor, int limit) {}

    static FieldError invalidCursor() {
        return new FieldError("/query/cursor", FieldError.INVALID_VALUE,
                "Ugyldig cursor. Bruk nextCursor fra forrige side uendret.");
    }

    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String[] parts = contentType.split(";");
        if (!parts[0].strip().toLowerCase(Locale.ROOT).equals(HttpResponses.JSON)) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip().toLowerCase(Locale.ROOT).replace("\"", "");
            if (parameter.startsWith("charset=") && !parameter.equals("charset=utf-8")) {
                return false;
            }
        }
        return true;
    }

    static boolean isValidIdempotencyKey(String key) {
        return !key.isEmpty() && key.length() <= MAX_IDEMPOTENCY_KEY && key.chars().allMatch(c -> c > 0x20 && c < 0x7f);
    }
}
