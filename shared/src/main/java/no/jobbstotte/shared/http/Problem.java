package no.jobbstotte.shared.http;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import no.jobbstotte.shared.validation.FieldError;

/**
 * An RFC 9457 problem detail, with a field-level {@code errors} list for validation failures.
 * Types are stable URIs under {@link #TYPE_BASE}; clients branch on {@code type} and the error
 * codes, while titles and details are Norwegian text for people. No factory takes an exception:
 * exception text can quote input or internals and must never reach a client.
 *
 * @param instance identifies this occurrence (e.g. the request path), or null
 * @param headers response headers the problem needs ({@code Retry-After}, {@code Allow}); not
 *     part of the body
 */
public record Problem(
        URI type,
        String title,
        int status,
        String detail,
        URI instance,
        List<FieldError> errors,
        Map<String, String> headers) {

    public static final String TYPE_BASE = "https://jobbstotte.no/problems/";

    public Problem {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("A problem has a 4xx or 5xx status");
        }
        errors = List.copyOf(errors);
        headers = Map.copyOf(headers);
    }

    public static URI type(String name) {
        return URI.create(TYPE_BASE + name);
    }

    public static Problem badRequest(String detail) {
        return of("bad-request", "Ugyldig forespørsel", 400, detail);
    }

    public static Problem validation(List<FieldError> errors) {
        return new Problem(type("validation"), "Valideringsfeil", 400,
                "Forespørselen har " + errors.size() + " feil. Se errors for detaljer.", null, errors, Map.of());
    }

    public static Problem unauthorized(String detail) {
        return of("unauthorized", "Ikke autentisert", 401, detail);
    }

    public static Problem notFound(String detail) {
        return of("not-found", "Finnes ikke", 404, detail);
    }

    public static Problem methodNotAllowed(Set<String> allowedMethods) {
        String allow = String.join(", ", new TreeSet<>(allowedMethods));
        return new Problem(type("method-not-allowed"), "Metoden er ikke tillatt", 405,
                "Tillatte metoder: " + allow + ".", null, List.of(), Map.of("Allow", allow));
    }

    public static Problem conflict(String detail) {
        return of("conflict", "Konflikt", 409, detail);
    }

    public static Problem payloadTooLarge(long maxBytes) {
        return of("payload-too-large", "Forespørselen er for stor", 413,
                "Innholdet kan være på høyst " + maxBytes + " byte.");
    }

    public static Problem unsupportedMediaType(String expectedMediaType) {
        return of("unsupported-media-type", "Innholdstypen støttes ikke", 415,
                "Send innholdet som " + expectedMediaType + ".");
    }

    public static Problem unprocessable(String detail, List<FieldError> errors) {
        return new Problem(type("unprocessable"), "Kan ikke behandles", 422, detail, null, errors, Map.of());
    }

    public static Problem tooManyRequests(long retryAfterSeconds) {
        if (retryAfterSeconds < 0) {
            throw new IllegalArgumentException("retryAfterSeconds must not be negative");
        }
        return new Problem(type("too-many-requests"), "For mange forespørsler", 429,
                "Prøv igjen om " + retryAfterSeconds + " sekunder.", null, List.of(),
                Map.of("Retry-After", Long.toString(retryAfterSeconds)));
    }

    /** A dependency (storage, queue, e-mail) failed for now: the client may retry the same request. */
    public static Problem serviceUnavailable(String detail, long retryAfterSeconds) {
        return new Problem(type("service-unavailable"), "Tjenesten er midlertidig utilgjengelig", 503, detail, null,
                List.of(), Map.of("Retry-After", Long.toString(retryAfterSeconds)));
    }

    /** Deliberately takes nothing: the cause goes to the log, only a generic text to the client. */
    public static Problem internal() {
        return of("internal", "Intern feil", 500,
                "Noe gikk galt hos oss. Prøv igjen senere, eller kontakt oss hvis feilen vedvarer.");
    }

    public Problem withInstance(URI instance) {
        return new Problem(type, title, status, detail, instance, errors, headers);
    }

    private static Problem of(String type, String title, int status, String detail) {
        return new Problem(type(type), title, status, detail, null, List.of(), Map.of());
    }
}
