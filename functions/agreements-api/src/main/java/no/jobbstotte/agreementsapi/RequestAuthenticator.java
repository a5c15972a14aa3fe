package no.jobbstotte.agreementsapi;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import no.jobbstotte.agreementsapi.table.chains.ChainRepository;
import no.jobbstotte.agreementsapi.table.chains.EmployerChain;
import no.jobbstotte.agreementsapi.table.requestlog.RequestLog;
import no.jobbstotte.agreementsapi.webhook.WebhookSecret;
import no.jobbstotte.agreementsapi.webhook.WebhookVerification;
import no.jobbstotte.agreementsapi.webhook.WebhookVerifier;
import no.jobbstotte.shared.agreement.Agreement;
import no.jobbstotte.shared.http.Problem;
import no.jobbstotte.shared.http.ProblemException;
import no.jobbstotte.shared.log.Log;

/**
 * Decides whether a request comes from the chain in its path: a Standard Webhooks 1.0 signature by
 * one of the chain's unrevoked secrets, a timestamp within five minutes, and a webhook id the
 * chain has not used before. Every refusal is answered the same way; only the log says why.
 */
public final class RequestAuthenticator {

    private static final Log LOG = Log.get(RequestAuthenticator.class);

    private final ChainRepository chains;
    private final ChainSigningKeys keys;
    private final RequestLog requestLog;
    private final WebhookVerifier verifier;
    private final Clock clock;

    public RequestAuthenticator(ChainRepository chains, ChainSigningKeys keys, RequestLog requestLog,
            WebhookVerifier verifier, Clock clock) {
        this.chains = chains;
        this.keys = keys;
        this.requestLog = requestLog;
        this.verifier = verifier;
        this.clock = clock;
    }

    /** Why a request was refused, for the log only. */
    public enum Refusal { INVALID_CHAIN_ID, UNKNOWN_CHAIN, DISABLED_CHAIN, MISSING_HEADERS, MALFORMED,
        TIMESTAMP_OUT_OF_RANGE, SIGNATURE_MISMATCH, REPLAYED_WEBHOOK_ID }

    /** @throws ProblemException 401, the same for every refusal, unless the request is authentic */
    void require(ApiRequest request) {
        if (authenticate(request.chainId(), request.header("webhook-id").orElse(null),
                request.header("webhook-timestamp").orElse(null), request.header("webhook-signature").orElse(null),
                request.body()).isPresent()) {
            throw new ProblemException(unauthorized());
        }
    }

    /** One body for every refusal, so a caller cannot tell an unknown chain from a bad signature. */
    static Problem unauthorized() {
        return Problem.unauthorized("Forespørselen kunne ikke autentiseres. Signer den med en gyldig nøkkel "
                + "for kjeden etter Standard Webhooks 1.0, med nytt webhook-id og gjeldende webhook-timestamp.");
    }

    /** @return the refusal, or empty if the request is authentic */
    public Optional<Refusal> authenticate(String chainId, String webhookId, String timestamp, String signature,
            byte[] body) {
        Optional<Refusal> refusal = check(chainId, webhookId, timestamp, signature, body);
        refusal.ifPresent(r -> LOG.warn("request refused", "reason", r.name(),
                "chainId", Agreement.isValidId(chainId) ? chainId : "(invalid)"));
        return refusal;
    }

    private Optional<Refusal> check(String chainId, String webhookId, String timestamp, String signature, byte[] body) {
        if (!Agreement.isValidId(chainId)) {
            return Optional.of(Refusal.INVALID_CHAIN_ID);
        }
        Optional<EmployerChain> chain = chains.find(chainId);
        List<WebhookSecret> secrets = chain.map(c -> keys.active(c, clock.instant())).orElse(List.of());
        // Verify even for unknown or disabled chains, so the answer takes about as long either way.
        WebhookVerification verification = verifier.verify(webhookId, timestamp, signature, body, secrets);
        if (chain.isEmpty()) {
            return Optional.of(Refusal.UNKNOWN_CHAIN);
        }
        if (chain.get().status() != EmployerChain.Status.ACTIVE) {
            return Optional.of(Refusal.DISABLED_CHAIN);
        }
        if (verification instanceof WebhookVerification.Rejected rejected) {
            return Optional.of(Refusal.valueOf(rejected.reason().name()));
        }
        if (!requestLog.firstUseOfWebhookId(chainId, webhookId, clock.instant())) {
            return Optional.of(Refusal.REPLAYED_WEBHOOK_ID);
        }
        return Optional.empty();
    }
}
