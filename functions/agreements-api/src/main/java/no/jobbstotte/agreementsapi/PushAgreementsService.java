package no.jobbstotte.agreementsapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.inject.Inject;
import no.jobbstotte.agreementsapi.QueueSender.QueueUnavailableException;
import no.jobbstotte.shared.agreement.Agreement;
import no.jobbstotte.shared.agreement.AgreementMessage;
import no.jobbstotte.shared.agreement.VersionConflict;
import no.jobbstotte.shared.http.Problem;
import no.jobbstotte.shared.log.Log;
import no.jobbstotte.shared.table.agreements.AgreementStore.Fingerprints;
import no.jobbstotte.shared.table.agreements.AgreementStore;
import no.jobbstotte.shared.validation.FieldError;
import no.jobbstotte.shared.validation.ValidationResult;

/**
 * POST /v1/chains/{chainId}/agreements: a chain pushes a batch of agreement versions. Each valid
 * item that does not contradict a stored version is queued for AgreementsSync and then marked
 * ACCEPTED, unless the history shows it accepted before with the same content: that one is
 * accepted as it stands, without queuing it again. The others are answered with their errors.
 */
public final class PushAgreementsService {

    /** Error code for a second item with the same agreementId and version in one request. */
    public static final String DUPLICATE_IN_BATCH = "duplicate_in_batch";

    private static final Log LOG = Log.get(PushAgreementsService.class);

    private final RequestReader reader;
    private final RequestAuthenticator authenticator;
    private final Idempotency idempotency;
    private final AgreementValidator validator;
    private final AgreementStore store;
    private final AcceptedStatuses statuses;
    private final QueueSender queue;
    private final Clock clock;

    @Inject
    public PushAgreementsService(RequestReader reader, RequestAuthenticator authenticator, Idempotency idempotency,
            AgreementValidator validator, AgreementStore store, AcceptedStatuses statuses, QueueSender queue,
            Clock clock) {
        this.reader = reader;
        this.authenticator = authenticator;
        this.idempotency = idempotency;
        this.validator = validator;
        this.store = store;
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
        List<List<FieldError>> errors = new ArrayList<>();
        Map<Integer, Agreement> valid = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String pointer = "/items/" + i;
            errors.add(switch (validator.validate(chainId, items.get(i), pointer)) {
                case ValidationResult.Valid<Agreement> ok -> {
                    Agreement agreement = ok.value();
                    Integer first = seen.putIfAbsent(agreement.agreementId() + "\n" + agreement.version(), i);
                    if (first != null) {
                        yield List.of(new FieldError(pointer + "/version", DUPLICATE_IN_BATCH,
                                "Samme agreementId og version finnes allerede i element " + first + " i forespørselen."));
                    }
                    valid.put(i, agreement);
                    yield List.of();
                }
                case ValidationResult.Invalid<Agreement> invalid -> invalid.errors();
            });
        }
        Set<Agreement> known = refuseConflicts(valid, errors);
        List<Reply.ItemResult> results = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            results.add(itemResult(i, items.get(i), errors.get(i)));
        }
        if (valid.isEmpty()) {
            LOG.info("agreements refused", "chainId", chainId, "items", items.size());
            return new Reply.Failed(Problem.unprocessable("Ingen av avtalene kunne tas imot. Se errors for detaljer.",
                    errors.stream().flatMap(List::stream).toList()));
        }
        // A known version is on the queue or stored or stale already, with this content: queued
        // again it would change nothing, and its status stays what it is.
        List<AgreementMessage> accepted = valid.values().stream().filter(agreement -> !known.contains(agreement))
                .map(agreement -> new AgreementMessage(agreement, request.requestId(), now)).toList();
        try {
            queue.send(accepted);
        } catch (QueueUnavailableException e) {
            // Only what the queue took is accepted; the rest shows no status, and the 503 asks for a retry.
            statuses.record(chainId, e.queued(), now);
            LOG.error("agreements could not be queued", e, "chainId", chainId, "accepted", accepted.size(),
                    "queued", e.queued().size());
            return new Reply.Failed(serviceUnavailable());
        }
        statuses.record(chainId, accepted, now);
        LOG.info("agreements accepted", "chainId", chainId, "accepted", valid.size(), "acceptedBefore",
                valid.size() - accepted.size(), "rejected", items.size() - valid.size());
        return new Reply.Pushed(results);
    }

    /**
     * Valid items whose version was accepted before with other content are refused here, where
     * the chain hears of it at once. Only if two pushes cross, each before the other recorded its
     * version, do both reach AgreementsSync, which refuses the second content; the chain reads that
     * in the status.
     *
     * @return the valid items the history holds accepted with this very content
     */
    private Set<Agreement> refuseConflicts(Map<Integer, Agreement> valid, List<List<FieldError>> errors) {
        if (valid.isEmpty()) {
            return Set.of();
        }
        Fingerprints history = store.fingerprints(List.copyOf(valid.values()));
        valid.entrySet().removeIf(item -> {
            if (!history.conflicting().contains(item.getValue())) {
                return false;
            }
            errors.set(item.getKey(), List.of(new FieldError("/items/" + item.getKey() + "/version",
                    VersionConflict.CODE, VersionConflict.reason(item.getValue().version()))));
            return true;
        });
        return history.known();
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
