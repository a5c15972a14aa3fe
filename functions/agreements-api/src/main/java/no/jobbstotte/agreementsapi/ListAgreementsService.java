package no.jobbstotte.agreementsapi;

import java.util.List;
import javax.inject.Inject;
import no.jobbstotte.shared.http.Problem;
import no.jobbstotte.shared.table.agreements.AgreementStore;

/** GET /v1/chains/{chainId}/agreements: the chain's agreements updated since a time, a page at a time. */
public final class ListAgreementsService {

    private final RequestReader reader;
    private final RequestAuthenticator authenticator;
    private final AgreementStore store;

    @Inject
    public ListAgreementsService(RequestReader reader, RequestAuthenticator authenticator, AgreementStore store) {
        this.reader = reader;
        this.authenticator = authenticator;
        this.store = store;
    }

    public Reply list(ApiRequest request) {
        authenticator.require(request);
        RequestReader.ListQuery query = reader.listQuery(request);
        try {
            return new Reply.Listed(store.updatedSince(request.chainId(), query.since(), query.cursor(), query.limit()));
        } catch (IllegalArgumentException e) {
            // The store refuses a cursor it did not write (or one from another chain's partition).
            return new Reply.Failed(Problem.validation(List.of(RequestReader.invalidCursor())));
        }
    }
}
