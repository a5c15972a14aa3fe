package no.jobbstotte.agreementsapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.inject.Inject;
import no.jobbstotte.agreementsapi.QueueSender.QueueUnavailableException;
import no.jobbstotte.agreementsapi.RequestLog.StoredResponse;
import no.jobbstotte.shared.agreement.Agreement;
import no.jobbstotte.shared.agreement.AgreementJson;
import no.jobbstotte.shared.agreement.AgreementMessage;
import no.jobbstotte.shared.agreement.AgreementStore;
import no.jobbstotte.shared.agreement.AgreementStore.StatusRecord;
import no.jobbstotte.shared.agreement.AgreementStore.StoredAgreement;
import no.jobbstotte.shared.agreement.AgreementValidator;
import no.jobbstotte.shared.agreement.ProcessingStatus;
import no.jobbstotte.shared.http.HttpResponses;
import no.jobbstotte.shared.http.Problem;
import no.jobbstotte.shared.json.Json;
import no.jobbstotte.shared.log.Log;
import no.jobbstotte.shared.validation.FieldError;
import no.jobbstotte.shared.validation.ValidationResult;

/**
 * The agreements API: a chain pushes batches of agreement versions, and reads back what it pushed.
 * Every request is authenticated first (see {@link RequestAuthenticator}); a chain only ever sees
 * its own partition of the store.
 */
public final class AgreementsApiService {

    public static final int MAX_BODY_BYTES = 1024 * 1024;
    public static final int MAX_ITEMS = 100;
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 100;
    static final int MAX_IDEMPOTENCY_KEY = 128;
    static final int MAX_CURSOR = 2048;
    /** Concurrent status writes per push: enough to hide the round trips, few enough to reuse connections. */
    static final int STATUS_WRITERS = 10;
    /** Error code for a second item with the same agreementId and version in one request. */
    public static final String DUPLICATE_IN_BATCH = "duplicate_in_batch";

    private static final Log LOG = Log.get(AgreementsApiService.class);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final RequestAuthenticator authenticator;
    private final AgreementValidator validator;
    private final AgreementStore store;
    private final QueueSender queue;
    private final RequestLog requestLog;
    private final Clock clock;

    @Inject
    public AgreementsApiService(RequestAuthenticator authenticator, AgreementValidator validator, AgreementStore store,
            QueueSender queue, RequestLog requestLog, Clock clock) {
        this.authenticator = authenticator;
        this.validator = validator;
        this.store = store;
        this.queue = queue;
        this.requestLog = requestLog;
        this.clock = clock;
    }

    // ---- POST /v1/chains/{chainId}/agreements --------------------------------------------------

    public ApiResult push(ApiRequest request) {
        byte[] body = request.body();
        if (body.length > MAX_BODY_BYTES) {
            return fail(Problem.payloadTooLarge(MAX_BODY_BYTES));
        }
        Optional<ApiResult> refused = authenticate(request, body);
        if (refused.isPresent()) {
            return refused.get();
        }
        if (!isJson(request.header("content-type").orElse(null))) {
            return fail(Problem.unsupportedMediaType(HttpResponses.JSON));
        }
        Optional<String> idempotencyKey = request.header("idempotency-key");
        if (idempotencyKey.isPresent() && !isValidIdempotencyKey(idempotencyKey.get())) {
            return fail(Problem.validation(List.of(new FieldError("/headers/Idempotency-Key", FieldError.INVALID_FORMAT,
                    "Må være 1–" + MAX_IDEMPOTENCY_KEY + " synlige ASCII-tegn, uten mellomrom."))));
        }
        if (idempotencyKey.isEmpty()) {
            return accept(request.chainId(), body, request.requestId());
        }
        String chainId = request.chainId();
        String key = idempotencyKey.get();
        String hash = requestHash(request.method(), chainId, body);
        Optional<StoredResponse> earlier = requestLog.findResponse(chainId, key, clock.instant());
        if (earlier.isPresent()) {
            if (!earlier.get().requestHash().equals(hash)) {
                return fail(Problem.unprocessable("Idempotency-Key er brukt før med et annet innhold. "
                        + "Bruk en ny nøkkel for en ny forespørsel.", List.of(new FieldError(
                        "/headers/Idempotency-Key", "idempotency_key_reused", "Nøkkelen hører til en annen forespørsel."))));
            }
            LOG.info("idempotent replay", "chainId", chainId, "status", earlier.get().status());
            return new ApiResult.Json(earlier.get().status(), readStored(earlier.get().body()));
        }
        ApiResult result = accept(chainId, body, request.requestId());
        if (result instanceof ApiResult.Json json && json.status() >= 200 && json.status() < 300) {
            requestLog.saveResponse(chainId, key, new StoredResponse(hash, json.status(), HttpResponses.JSON,
                    write(json.body())), clock.instant());
        }
        return result;
    }

    private ApiResult accept(String chainId, byte[] body, String requestId) {
        JsonNode root;
        try {
            root = Json.parse(body);
        } catch (IOException e) {
            return fail(Problem.badRequest("Innholdet er ikke gyldig JSON."));
        }
        Optional<Problem> shape = checkShape(root);
        if (shape.isPresent()) {
            return fail(shape.get());
        }
        JsonNode items = root.get("items");
        Instant now = clock.instant();
        List<ObjectNode> results = new ArrayList<>();
        List<FieldError> allErrors = new ArrayList<>();
        List<AgreementMessage> accepted = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String pointer = "/items/" + i;
            List<FieldError> errors = switch (validator.validate(chainId, item, pointer)) {
                case ValidationResult.Valid<Agreement> valid -> {
                    Agreement agreement = valid.value();
                    Integer first = seen.putIfAbsent(agreement.agreementId() + "\n" + agreement.version(), i);
                    if (first != null) {
                        yield List.of(new FieldError(pointer + "/version", DUPLICATE_IN_BATCH,
                                "Samme agreementId og version finnes allerede i element " + first + " i forespørselen."));
                    }
                    accepted.add(new AgreementMessage(agreement, requestId, now));
                    yield List.of();
                }
                case ValidationResult.Invalid<Agreement> invalid -> invalid.errors();
            };
            results.add(itemResult(i, item, errors));
            allErrors.addAll(errors);
        }
        if (accepted.isEmpty()) {
            LOG.info("agreements refused", "chainId", chainId, "items", items.size());
            return fail(Problem.unprocessable("Ingen av avtalene kunne tas imot. Se errors for detaljer.", allErrors));
        }
        recordAccepted(chainId, accepted, now);
        try {
            queue.send(accepted);
        } catch (QueueUnavailableException e) {
            LOG.error("agreements could not be queued", e, "chainId", chainId, "accepted", accepted.size());
            return fail(serviceUnavailable());
        }
        int rejected = items.size() - accepted.size();
        LOG.info("agreements accepted", "chainId", chainId, "accepted", accepted.size(), "rejected", rejected);
        ObjectNode response = NODES.objectNode();
        ArrayNode array = response.putArray("results");
        results.forEach(array::add);
        return new ApiResult.Json(rejected == 0 ? 202 : 207, response);
    }

    /**
     * One conditional put per item, every one before anything is queued (so a status read never
     * finds an item missing that the sync already stored). The puts are independent, so they run
     * on a few threads at once: one after another they are most of a push's time.
     */
    private void recordAccepted(String chainId, List<AgreementMessage> accepted, Instant now) {
        List<Future<?>> writers = new ArrayList<>();
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int w = 0; w < Math.min(STATUS_WRITERS, accepted.size()); w++) {
                int first = w;
                writers.add(executor.submit(() -> {
                    for (int i = first; i < accepted.size(); i += STATUS_WRITERS) {
                        Agreement a = accepted.get(i).agreement();
                        store.recordStatus(new StatusRecord(chainId, a.agreementId(), a.version(),
                                ProcessingStatus.ACCEPTED, null, now));
                    }
                }));
            }
        } // close() waits for every writer
        for (Future<?> writer : writers) {
            try {
                writer.get();
            } catch (ExecutionException e) {
                // As if written in line: the handler turns it into the generic 500.
                throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static Optional<Problem> checkShape(JsonNode root) {
        if (root == null || root.isMissingNode() || !root.isObject()) {
            return Optional.of(Problem.badRequest("Innholdet må være et JSON-objekt med feltet items."));
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
        return errors.isEmpty() ? Optional.empty() : Optional.of(Problem.validation(errors));
    }

    private static ObjectNode itemResult(int index, JsonNode item, List<FieldError> errors) {
        ObjectNode result = NODES.objectNode().put("index", index);
        JsonNode id = item == null ? null : item.get("agreementId");
        if (id != null && id.isTextual() && Agreement.isValidId(id.textValue())) {
            result.put("agreementId", id.textValue());
        }
        JsonNode version = item == null ? null : item.get("version");
        if (version != null && version.isIntegralNumber() && version.canConvertToLong()) {
            result.put("version", version.longValue());
        }
        result.put("status", errors.isEmpty() ? "accepted" : "rejected");
        if (!errors.isEmpty()) {
            ArrayNode array = result.putArray("errors");
            errors.forEach(e -> array.addObject().put("field", e.field()).put("code", e.code()).put("message", e.message()));
        }
        return result;
    }

    // ---- GET /v1/chains/{chainId}/agreements/{agreementId} -------------------------------------

    public ApiResult get(ApiRequest request) {
        Optional<ApiResult> refused = authenticate(request, request.body());
        if (refused.isPresent()) {
            return refused.get();
        }
        String chainId = request.chainId();
        String agreementId = request.agreementId();
        if (!Agreement.isValidId(agreementId)) {
            return fail(notFound());
        }
        Optional<StoredAgreement> current = store.current(chainId, agreementId);
        Optional<StatusRecord> status = store.latestStatus(chainId, agreementId);
        if (current.isEmpty() && status.isEmpty()) {
            return fail(notFound());
        }
        ObjectNode body = NODES.objectNode().put("chainId", chainId).put("agreementId", agreementId);
        current.ifPresent(stored -> {
            body.put("version", stored.agreement().version());
            body.put("updatedAt", stored.updatedAt().toString());
            body.set("agreement", AgreementJson.write(stored.agreement(), NODES));
        });
        status.ifPresent(s -> {
            ObjectNode processing = body.putObject("processing")
                    .put("version", s.version())
                    .put("status", s.status().wire());
            if (s.reason() != null) {
                processing.put("reason", s.reason());
            }
            if (s.updatedAt() != null) {
                processing.put("updatedAt", s.updatedAt().toString());
            }
        });
        return new ApiResult.Json(200, body);
    }

    // ---- GET /v1/chains/{chainId}/agreements ---------------------------------------------------

    public ApiResult list(ApiRequest request) {
        Optional<ApiResult> refused = authenticate(request, request.body());
        if (refused.isPresent()) {
            return refused.get();
        }
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
            return fail(Problem.validation(errors));
        }
        AgreementStore.Page page;
        try {
            page = store.updatedSince(request.chainId(), since, cursor, limit);
        } catch (IllegalArgumentException e) {
            // The store refuses a cursor it did not write (or one from another chain's partition).
            return fail(Problem.validation(List.of(invalidCursor())));
        }
        ObjectNode body = NODES.objectNode();
        ArrayNode items = body.putArray("items");
        for (StoredAgreement stored : page.items()) {
            items.add(AgreementJson.write(stored.agreement(), NODES).put("updatedAt", stored.updatedAt().toString()));
        }
        if (page.nextCursor() != null) {
            body.put("nextCursor", page.nextCursor());
        }
        return new ApiResult.Json(200, body);
    }

    // ---- shared ---------------------------------------------------------------------------------

    private Optional<ApiResult> authenticate(ApiRequest request, byte[] body) {
        return authenticator.authenticate(request.chainId(), request.header("webhook-id").orElse(null),
                        request.header("webhook-timestamp").orElse(null), request.header("webhook-signature").orElse(null),
                        body)
                .map(refusal -> fail(unauthorized()));
    }

    /** One body for every refusal, so a caller cannot tell an unknown chain from a bad signature. */
    static Problem unauthorized() {
        return Problem.unauthorized("Forespørselen kunne ikke autentiseres. Signer den med en gyldig nøkkel "
                + "for kjeden etter Standard Webhooks 1.0, med nytt webhook-id og gjeldende webhook-timestamp.");
    }

    static Problem notFound() {
        return Problem.notFound("Kjeden har ingen avtale med denne id-en.");
    }

    static Problem serviceUnavailable() {
        return Problem.serviceUnavailable(
                "Avtalene ble ikke tatt imot. Send forespørselen på nytt med samme Idempotency-Key.", 5);
    }

    private static FieldError invalidCursor() {
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

    private static String requestHash(String method, String chainId, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((method + "\n" + chainId + "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode readStored(String body) {
        try {
            return Json.parse(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored idempotent response is not JSON", e);
        }
    }

    private static String write(JsonNode body) {
        return Json.write(body);
    }

    private static ApiResult fail(Problem problem) {
        return new ApiResult.Failure(problem);
    }
}
