package no.jobbstotte.agreementsapi;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.inject.Inject;
import no.jobbstotte.agreementsapi.table.requestlog.RequestLog.StoredResponse;
import no.jobbstotte.agreementsapi.table.requestlog.RequestLog;
import no.jobbstotte.shared.http.HttpResponses;
import no.jobbstotte.shared.http.Problem;
import no.jobbstotte.shared.json.Json;
import no.jobbstotte.shared.log.Log;
import no.jobbstotte.shared.validation.FieldError;

/**
 * A push with an {@code Idempotency-Key}: retried with the same key and body, it gets its first
 * answer again without being processed twice; the same key with another body is refused. Only
 * an accepted push is remembered, so a push that failed can be retried with its key.
 */
public final class Idempotency {

    private static final Log LOG = Log.get(Idempotency.class);

    private final RequestLog requestLog;
    private final AgreementsResponder responder;
    private final Clock clock;

    @Inject
    public Idempotency(RequestLog requestLog, AgreementsResponder responder, Clock clock) {
        this.requestLog = requestLog;
        this.responder = responder;
        this.clock = clock;
    }

    /** The earlier answer for this key, or {@code push}'s, remembered for the key if it accepted anything. */
    Reply once(ApiRequest request, String key, Supplier<Reply> push) {
        String chainId = request.chainId();
        String hash = requestHash(request.method(), chainId, request.body());
        Optional<StoredResponse> earlier = requestLog.findResponse(chainId, key, clock.instant());
        if (earlier.isPresent()) {
            if (!earlier.get().requestHash().equals(hash)) {
                return new Reply.Failed(Problem.unprocessable("Idempotency-Key er brukt før med et annet innhold. "
                        + "Bruk en ny nøkkel for en ny forespørsel.", List.of(new FieldError(
                        "/headers/Idempotency-Key", "idempotency_key_reused", "Nøkkelen hører til en annen forespørsel."))));
            }
            LOG.info("idempotent replay", "chainId", chainId, "status", earlier.get().status());
            return new Reply.Replayed(earlier.get().status(), earlier.get().body());
        }
        Reply reply = push.get();
        if (reply instanceof Reply.Pushed pushed) {
            requestLog.saveResponse(chainId, key, new StoredResponse(hash, pushed.status(), HttpResponses.JSON,
                    Json.write(responder.body(pushed))), clock.instant());
        }
        return reply;
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
}
