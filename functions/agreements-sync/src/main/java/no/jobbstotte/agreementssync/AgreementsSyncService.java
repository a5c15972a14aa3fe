package no.jobbstotte.agreementssync;

import java.time.Clock;
import java.time.Instant;
import javax.inject.Inject;
import no.jobbstotte.shared.agreement.Agreement;
import no.jobbstotte.shared.agreement.AgreementMessage;
import no.jobbstotte.shared.agreement.ProcessingStatus;
import no.jobbstotte.shared.agreement.VersionConflict;
import no.jobbstotte.shared.log.Log;
import no.jobbstotte.shared.table.agreements.AgreementStore.ConflictingVersionException;
import no.jobbstotte.shared.table.agreements.AgreementStore.Outcome;
import no.jobbstotte.shared.table.agreements.AgreementStore.StatusRecord;
import no.jobbstotte.shared.table.agreements.AgreementStore;

/** One agreement message in: the version stored (or found stale, or refused) and its status recorded. */
public final class AgreementsSyncService {

    private static final Log LOG = Log.get(AgreementsSyncService.class);

    private final AgreementStore store;
    private final Clock clock;

    @Inject
    public AgreementsSyncService(AgreementStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Stores the message's version and records what happened. The same version with other content
     * (two pushes crossed before either was recorded; the API refuses it once one is) is the chain's
     * mistake: recorded as rejected with the reason for the chain to read, and the message is done.
     * It never goes to the dead-letter queue, which is for what operators must act on.
     */
    public void sync(AgreementMessage message) {
        Agreement agreement = message.agreement();
        Instant now = clock.instant();
        Outcome outcome;
        try {
            // The API request id says who pushed this version; the history keeps it for audit. The
            // store records STALE itself; STORED reads from the current item.
            outcome = store.store(agreement, message.requestId(), now);
        } catch (ConflictingVersionException e) {
            store.recordStatus(new StatusRecord(agreement.chainId(), agreement.agreementId(), agreement.version(),
                    ProcessingStatus.REJECTED, VersionConflict.reason(agreement.version()), now));
            log("agreement version rejected", agreement, "REJECTED");
            return;
        }
        log("agreement version synced", agreement, outcome.name());
    }

    // Ids and outcome only: agreement content stays out of the logs.
    private static void log(String message, Agreement agreement, String outcome) {
        LOG.info(message, "chainId", agreement.chainId(), "agreementId", agreement.agreementId(),
                "version", agreement.version(), "outcome", outcome);
    }
}
