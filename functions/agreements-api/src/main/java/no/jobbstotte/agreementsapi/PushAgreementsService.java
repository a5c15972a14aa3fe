package no.jobbstotte.agreementsapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import no.jobbstotte.agreementsapi.QueueSender.QueueUnavailableException;
import no.jobbstotte.shared.agreement.Agreement;
import no.jobbstotte.shared.agreement.AgreementMessage;
import no.jobbstotte.shared.http.Problem;
import no.jobbstotte.shared.log.Log;
import no.jobbstotte.shared.validation.FieldError;
import no.jobbstotte.shared.validation.ValidationResult;

/**
 * POST /v1/chains/{chainId}/agreements: a chain pushes a batch of agreement versions. Each valid
 * item is marked ACCEPTED and queued for AgreementsSync; the others are answered with their errors.
 */
public final class PushAgreementsService {

    /** Error code for a second item with the same agreementId and version in one request. */
    public static final String DUPLICATE_IN_BATCH = "duplicate_in_batch";

    private static final Log LOG = Log.get(PushAgreementsService.class);

    private final RequestReader reader;
    private final RequestAuthenticator authenticator;
    private final Idempotency idempotency;
    private final AgreementValidator validator;
    private final AcceptedStatuses statuses;
    private final QueueSender queue;
    private final Clock clock;

    @Inject
    public PushAgreementsService(RequestReader reader, RequestAuthenticator authenticator, Idempotency idempotency,
            AgreementValidator validator, AcceptedStatuses statuses, QueueSender queue, Clock clock) {
        this.reader = reader;
        this.authenticator = authenticator;
        this.idempotency = idempotency;
        this.validator = validator;
        this.statuses = statuses;
        this.queue = queue;
        this.clock = clock;
    }

    public Reply push(ApiRequest request) {
        reader.requireWithinSize(request);
        authenticator.require(request);
        reader.requireJson(request);
        Optional<String> idempotencyKey = reader.idempotencyKey(request);
        return idempotencyKey.isEmpty() ? accept(request)
                : idempotency.once(request, idempotencyKey.get(), () -> accept(request));
    }

    private Reply accept(ApiRequest request) {
        String chainId = request.chainId();
        JsonNode items = reader.items(request);
        Instant now = clock.instant();
        List<Reply.ItemResult> results = new ArrayList<>();
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
                    accepted.add(new AgreementMessage(agreement, request.requestId(), now));
                    yield List.of();
                }
                case ValidationResult.Invalid<Agreement> invalid -> invalid.errors();
            };
            results.add(itemResult(i, item, errors));
            allErrors.addAll(errors);
        }
        if (accepted.isEmpty()) {
            LOG.info("agreements refused", "chainId", chainId, "items", items.size());
            return new Reply.Failed(Problem.unprocessable("Ingen av avtalene kunne tas imot. Se errors for detaljer.",
                    allErrors));
        }
        statuses.record(chainId, accepted, now);
        try {
            queue.send(accepted);
        } catch (QueueUnavailableException e) {
            LOG.error("agreements could not be queued", e, "chainId", chainId, "accepted", accepted.size());
            return new Reply.Failed(serviceUnavailable());
        }
        LOG.info("agreements accepted", "chainId", chainId, "accepted", accepted.size(),
                "rejected", items.size() - accepted.size());
        return new Reply.Pushed(results);
    }

    /** The item's agreementId and version as sent, where they are valid, so the chain can match results. */
    private static Reply.ItemResult itemResult(int index, JsonNode item, List<FieldError> errors) {
        JsonNode id = item == null ? null : item.get("agreementId");
        JsonNode version = item == null ? null : item.get("version");
        return new Reply.ItemResult(index,
                id != null && id.isTextual() && Agreement.isValidId(id.textValue()) ? id.textValue() : null,
                version != null && version.isIntegralNumber() && version.canConvertToLong() ? version.longValue() : null,
                errors);
    }

    static Problem serviceUnavailable() {
        return Problem.serviceUnavailable(
                "Avtalene ble ikke tatt imot. Send forespørselen på nytt med samme Idempotency-Key.", 5);
    }
}
