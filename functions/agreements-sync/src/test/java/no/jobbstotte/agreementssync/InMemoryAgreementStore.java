package no.jobbstotte.agreementssync;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.jobbstotte.shared.agreement.Agreement;
import no.jobbstotte.shared.agreement.ProcessingStatus;
import no.jobbstotte.shared.table.agreements.AgreementStore;

/**
 * The store contract in memory, for unit tests of the service. Content equality stands in for the
 * content hash; the history remembers each version's first outcome, as the DynamoDB store does.
 */
final class InMemoryAgreementStore implements AgreementStore {

    record HistoryEntry(Agreement agreement, String messageId, Instant storedAt, Outcome outcome) {}

    private final Map<String, StoredAgreement> current = new HashMap<>();
    private final Map<String, HistoryEntry> history = new HashMap<>();
    private final Map<String, StatusRecord> statuses = new HashMap<>();

    @Override
    public synchronized Outcome store(Agreement agreement, String messageId, Instant now) {
        String historyKey = key(agreement.chainId(), agreement.agreementId()) + "#" + agreement.version();
        HistoryEntry earlier = history.get(historyKey);
        if (earlier != null) {
            if (!earlier.agreement().equals(agreement)) {
                throw new ConflictingVersionException(agreement.chainId(), agreement.agreementId(), agreement.version());
            }
            return earlier.outcome() == Outcome.STALE ? Outcome.STALE : Outcome.UNCHANGED;
        }
        StoredAgreement existing = current.get(key(agreement.chainId(), agreement.agreementId()));
        Outcome outcome;
        if (existing != null && existing.agreement().version() > agreement.version()) {
            outcome = Outcome.STALE;
        } else if (existing != null && existing.agreement().version() == agreement.version()) {
            if (!existing.agreement().equals(agreement)) {
                throw new ConflictingVersionException(agreement.chainId(), agreement.agreementId(), agreement.version());
            }
            outcome = Outcome.UNCHANGED;
        } else {
            current.put(key(agreement.chainId(), agreement.agreementId()), new StoredAgreement(agreement, now));
            outcome = existing == null ? Outcome.CREATED : Outcome.UPDATED;
        }
        history.put(historyKey, new HistoryEntry(agreement, messageId, now, outcome));
        recordStatus(new StatusRecord(agreement.chainId(), agreement.agreementId(), agreement.version(),
                outcome == Outcome.STALE ? ProcessingStatus.STALE : ProcessingStatus.STORED, null, now));
        return outcome;
    }

    @Override
    public synchronized Fingerprints fingerprints(List<Agreement> versions) {
        Map<Boolean, Set<Agreement>> bySameContent = versions.stream()
                .filter(v -> history.containsKey(key(v.chainId(), v.agreementId()) + "#" + v.version()))
                .collect(Collectors.partitioningBy(
                        v -> history.get(key(v.chainId(), v.agreementId()) + "#" + v.version()).agreement().equals(v),
                        Collectors.toSet()));
        return new Fingerprints(bySameContent.get(false), bySameContent.get(true));
    }

    @Override
    public void accept(Agreement version, String requestId, Instant now) {
        throw new UnsupportedOperationException("the API accepts versions, the sync never does");
    }

    @Override
    public synchronized void recordStatus(StatusRecord status) {
        String key = key(status.chainId(), status.agreementId()) + "#" + status.version();
        StatusRecord existing = statuses.get(key);
        boolean write = existing == null || switch (status.status()) {
            case ACCEPTED -> false;
            case STORED, STALE -> existing.status() == ProcessingStatus.ACCEPTED;
            case REJECTED -> existing.status() != ProcessingStatus.REJECTED;
        };
        if (write) {
            statuses.put(key, status);
        }
    }

    @Override
    public synchronized Optional<StoredAgreement> current(String chainId, String agreementId) {
        return Optional.ofNullable(current.get(key(chainId, agreementId)));
    }

    @Override
    public synchronized Optional<StatusRecord> latestStatus(String chainId, String agreementId) {
        return statuses.values().stream()
                .filter(s -> s.chainId().equals(chainId) && s.agreementId().equals(agreementId))
                .max(Comparator.comparingLong(StatusRecord::version));
    }

    synchronized Optional<StatusRecord> status(String chainId, String agreementId, long version) {
        return Optional.ofNullable(statuses.get(key(chainId, agreementId) + "#" + version));
    }

    synchronized List<HistoryEntry> history(String chainId, String agreementId) {
        return history.values().stream()
                .filter(h -> h.agreement().chainId().equals(chainId) && h.agreement().agreementId().equals(agreementId))
                .sorted(Comparator.comparingLong(h -> h.agreement().version()))
                .toList();
    }

    @Override
    public synchronized Page updatedSince(String chainId, Instant since, String cursor, int limit) {
        List<StoredAgreement> all = new ArrayList<>(current.values().stream()
                .filter(s -> s.agreement().chainId().equals(chainId) && !s.updatedAt().isBefore(since))
                .sorted(Comparator.comparing(StoredAgreement::updatedAt))
                .toList());
        int from = cursor == null ? 0 : Integer.parseInt(cursor);
        int to = Math.min(all.size(), from + limit);
        return new Page(all.subList(from, to), to < all.size() ? Integer.toString(to) : null);
    }

    private static String key(String chainId, String agreementId) {
        return chainId + "/" + agreementId;
    }
}
