package no.jobbstotte.agreementssync;

import java.time.Clock;
import java.time.Instant;
import javax.inject.Inject;
import no.jobbstotte.shared.agreement.Agreement;
import no.jobbstotte.shared.agreement.AgreementMessage;
import no.jobbstotte.shared.agreement.ProcessingStatus;
import no.jobbstotte.shared.batch.InvalidMessageException;
import no.jobbstotte.shared.log.Log;
import no.jobbstotte.shared.table.agreements.AgreementStore.ConflictingVersionException;
import no.jobbstotte.shared.table.agreements.AgreementStore.Outcome;
import no.jobbstotte.shared.table.agreements.AgreementStore.StatusRecord;
import no.jobbstotte.shared.table.agreements.AgreementStore;

/** One agreement message in: the version stored (or found stale) and its status recorded. */
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
     * @throws InvalidMessageException if the version was already stored with other content: retrying
     *     cannot fix that, so the message goes to the dead-letter queue with the reason
     */
    public void sync(AgreementMessage message) {
        Agreement agreement = message.agreement();
        Instant now = clock.instant();
        Outcome outcome;
        try {
            // The API request id says who pushed this version; the history keeps it for audit.
            outcome = store.store(agreement, message.requestId(), now);
        } catch (ConflictingVersionException e) {
            // The chain reads this reason through the API, hence Norwegian; the DLQ reason is for operators.
            record(agreement, ProcessingStatus.REJECTED, "Versjon " + agreement.version()
                    + " er allerede lagret med annet innhold. Send endringen som en ny versjon.", now);
            log("agreement version rejected", agreement, "REJECTED");
            throw new InvalidMessageException(e.getMessage(), e);
        }
        record(agreement, outcome == Outcome.STALE ? ProcessingStatus.STALE : ProcessingStatus.STORED, null, now);
        log("agreement version synced", agreement, outcome.name());
    }

    private void record(Agreement agreement, ProcessingStatus status, String reason, Instant now) {
        store.recordStatus(new StatusRecord(agreement.chainId(), agreement.agreementId(), agreement.version(),
                status, reason, now));
    }

    // Ids and outcome only: agreement content stays out of the logs.
    private static void log(String message, Agreement agreement, String outcome) {
        LOG.info(message, "chainId", agreement.chainId(), "agreementId", agreement.agreementId(),
                "version", agreement.version(), "outcome", outcome);
    }
}
