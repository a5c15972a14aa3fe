package no.jobbstotte.agreementsapi;

import java.util.Optional;
import javax.inject.Inject;
import no.jobbstotte.shared.agreement.Agreement;
import no.jobbstotte.shared.http.Problem;
import no.jobbstotte.shared.table.agreements.AgreementStore.StatusRecord;
import no.jobbstotte.shared.table.agreements.AgreementStore.StoredAgreement;
import no.jobbstotte.shared.table.agreements.AgreementStore;

/**
 * GET /v1/chains/{chainId}/agreements/{agreementId}: one agreement's current version and the
 * processing status of the highest version pushed, from the chain's own partition only.
 */
public final class GetAgreementService {

    private final RequestAuthenticator authenticator;
    private final AgreementStore store;

    @Inject
    public GetAgreementService(RequestAuthenticator authenticator, AgreementStore store) {
        this.authenticator = authenticator;
        this.store = store;
    }

    public Reply get(ApiRequest request) {
        authenticator.require(request);
        String chainId = request.chainId();
        String agreementId = request.agreementId();
        if (!Agreement.isValidId(agreementId)) {
            return new Reply.Failed(notFound());
        }
        Optional<StoredAgreement> current = store.current(chainId, agreementId);
        Optional<StatusRecord> status = store.latestStatus(chainId, agreementId);
        if (current.isEmpty() && status.isEmpty()) {
            return new Reply.Failed(notFound());
        }
        return new Reply.Found(chainId, agreementId, current, status);
    }

    static Problem notFound() {
        return Problem.notFound("Kjeden har ingen avtale med denne id-en.");
    }
}
