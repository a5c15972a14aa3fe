package no.jobbstotte.shared.table.agreements;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.jobbstotte.shared.agreement.Agreement;
import no.jobbstotte.shared.agreement.ProcessingStatus;

/**
 * The agreements table, as both agreement functions see it. Writes are conditional, so that
 * redelivered and out-of-order messages end in the same state as one orderly delivery.
 */
public interface AgreementStore {

    /** What a store attempt did. */
    enum Outcome { CREATED, UPDATED, UNCHANGED, STALE }

    /** A stored current version, with when it was stored. */
    record StoredAgreement(Agreement agreement, Instant updatedAt) {}

    /** The processing status of one pushed version. */
    record StatusRecord(String chainId, String agreementId, long version, ProcessingStatus status, String reason,
            Instant updatedAt) {}

    /**
     * The versions of a push as the history knows them.
     *
     * @param conflicting decided before with other content
     * @param decided decided before with the same content
     */
    record Fingerprints(Set<Agreement> conflicting, Set<Agreement> decided) {}

    /** One page of a chain's agreements ordered by update time; cursor is opaque, null at the end. */
    record Page(List<StoredAgreement> items, String nextCursor) {}

    /**
     * Stores a version if it is newer than the current one, and records its status (STORED, or
     * STALE) with it. The same version with the same content is UNCHANGED; with different content
     * it is refused with {@link ConflictingVersionException}, and nothing is written. Every version
     * that arrives gets one history entry (who, when, which version), also on redelivery.
     */
    Outcome store(Agreement agreement, String messageId, Instant now);

    /**
     * What the history already says of these versions: which arrived before with other content
     * ({@link #store} would refuse them), and which were decided (stored, or found stale) with this
     * very content, so that storing them again changes nothing. A version still on its way to the
     * store is in neither, so a refusal can still come later.
     */
    Fingerprints fingerprints(List<Agreement> versions);

    /**
     * Records a version's status: ACCEPTED (the API) and REJECTED (the sync, for a refused second
     * content); ACCEPTED never overwrites a later status.
     */
    void recordStatus(StatusRecord status);

    Optional<StoredAgreement> current(String chainId, String agreementId);

    /** The status of the highest version pushed for this agreement. */
    Optional<StatusRecord> latestStatus(String chainId, String agreementId);

    Page updatedSince(String chainId, Instant since, String cursor, int limit);

    /** The same version arrived twice with different content: a client error that retrying cannot fix. */
    final class ConflictingVersionException extends RuntimeException {
        public ConflictingVersionException(String chainId, String agreementId, long version) {
            super("agreement " + chainId + "/" + agreementId + " version " + version
                    + " was already stored with different content");
        }
    }
}
