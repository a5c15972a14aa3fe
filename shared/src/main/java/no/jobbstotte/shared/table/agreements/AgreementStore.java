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
     * @param conflicting accepted before with other content
     * @param known accepted before with the same content: on the queue, or stored or found stale
     */
    record Fingerprints(Set<Agreement> conflicting, Set<Agreement> known) {}

    /** One page of a chain's agreements ordered by update time; cursor is opaque, null at the end. */
    record Page(List<StoredAgreement> items, String nextCursor) {}

    /**
     * Stores a version if it is newer than the current one; one older than the current one is
     * recorded STALE. The same version with the same content is UNCHANGED; with content other than
     * the version's history entry holds (the first that was accepted) it is refused with {@link
     * ConflictingVersionException}, and nothing is written. Every version that arrives has one
     * history entry (who, which version, its content hash), also on redelivery.
     */
    Outcome store(Agreement agreement, String messageId, Instant now);

    /**
     * What the history already says of these versions: which were accepted before with other
     * content ({@link #store} would refuse them), and which with this very content, so that queuing
     * them again would change nothing. A version accepted by a push that is still running may be in
     * neither, so a refusal can still come later.
     */
    Fingerprints fingerprints(List<Agreement> versions);

    /**
     * Records ACCEPTED for a version the queue took, with its content hash, on its history entry;
     * never over an entry that is there (the sync's, or an earlier push's). From then on other
     * content for the version is refused, at the push and in the sync.
     */
    void accept(Agreement version, String requestId, Instant now);

    /**
     * Records a version's status: REJECTED (the sync, for a refused second content) replaces any
     * other; STORED and STALE replace only ACCEPTED. ACCEPTED is {@link #accept}'s.
     */
    void recordStatus(StatusRecord status);

    Optional<StoredAgreement> current(String chainId, String agreementId);

    /** The status of the highest version pushed for this agreement; ACCEPTED reads STORED once it is current. */
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
