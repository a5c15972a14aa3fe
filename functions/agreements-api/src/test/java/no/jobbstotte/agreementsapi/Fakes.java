package no.jobbstotte.agreementsapi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import no.jobbstotte.agreementsapi.table.chains.ChainRepository;
import no.jobbstotte.agreementsapi.table.chains.EmployerChain;
import no.jobbstotte.agreementsapi.table.requestlog.RequestLog;
import no.jobbstotte.shared.agreement.Agreement;
import no.jobbstotte.shared.agreement.AgreementMessage;
import no.jobbstotte.shared.table.agreements.AgreementStore;

/** In-memory stand-ins for the API's stores and queue, with the same contracts as the real ones. */
final class Fakes {

    private Fakes() {}

    /** A clock the test moves. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    static final class InMemoryAgreementStore implements AgreementStore {
        final Map<String, StoredAgreement> current = new ConcurrentHashMap<>();
        final List<StatusRecord> statuses = new ArrayList<>();
        /** Each version as it first arrived at the store (the table's history), by chain, id and version. */
        final Map<String, Agreement> history = new ConcurrentHashMap<>();
        /** An agreement whose status write fails, as a throttled table would. */
        volatile String unwritableStatusOf;

        void put(Agreement agreement, Instant updatedAt) {
            current.put(agreement.chainId() + "#" + agreement.agreementId(), new StoredAgreement(agreement, updatedAt));
        }

        @Override
        public Outcome store(Agreement agreement, String messageId, Instant now) {
            throw new UnsupportedOperationException("the API never stores agreements");
        }

        /** A version as AgreementsSync would have stored it. */
        void arrived(Agreement agreement) {
            history.putIfAbsent(agreement.chainId() + "#" + agreement.agreementId() + "#" + agreement.version(), agreement);
        }

        @Override
        public Fingerprints fingerprints(List<Agreement> versions) {
            Map<Boolean, Set<Agreement>> bySameContent = versions.stream()
                    .filter(v -> history.containsKey(v.chainId() + "#" + v.agreementId() + "#" + v.version()))
                    .collect(Collectors.partitioningBy(
                            v -> history.get(v.chainId() + "#" + v.agreementId() + "#" + v.version()).equals(v),
                            Collectors.toSet()));
            return new Fingerprints(bySameContent.get(false), bySameContent.get(true));
        }

        /** As the table: ACCEPTED is the version's first entry, and that entry holds its content. */
        @Override
        public void accept(Agreement version, String requestId, Instant now) {
            recordStatus(new StatusRecord(version.chainId(), version.agreementId(), version.version(),
                    no.jobbstotte.shared.agreement.ProcessingStatus.ACCEPTED, null, now));
            arrived(version);
        }

        @Override
        public synchronized void recordStatus(StatusRecord status) {
            if (status.agreementId().equals(unwritableStatusOf)) {
                throw new IllegalStateException("status table unavailable");
            }
            statuses.add(status);
        }

        @Override
        public Optional<StoredAgreement> current(String chainId, String agreementId) {
            return Optional.ofNullable(current.get(chainId + "#" + agreementId));
        }

        @Override
        public synchronized Optional<StatusRecord> latestStatus(String chainId, String agreementId) {
            return statuses.stream()
                    .filter(s -> s.chainId().equals(chainId) && s.agreementId().equals(agreementId))
                    .max(Comparator.comparingLong(StatusRecord::version));
        }

        /** Ordered by (updatedAt, agreementId); the cursor is "o:<offset>", anything else is refused. */
        @Override
        public Page updatedSince(String chainId, Instant since, String cursor, int limit) {
            int offset = 0;
            if (cursor != null) {
                if (!cursor.matches("o:[0-9]{1,6}")) {
                    throw new IllegalArgumentException("bad cursor");
                }
                offset = Integer.parseInt(cursor.substring(2));
            }
            List<StoredAgreement> matching = current.values().stream()
                    .filter(s -> s.agreement().chainId().equals(chainId) && !s.updatedAt().isBefore(since))
                    .sorted(Comparator.comparing(StoredAgreement::updatedAt)
                            .thenComparing(s -> s.agreement().agreementId()))
                    .toList();
            int end = Math.min(matching.size(), offset + limit);
            List<StoredAgreement> page = offset >= matching.size() ? List.of() : matching.subList(offset, end);
            return new Page(page, end < matching.size() ? "o:" + end : null);
        }
    }

    static class InMemoryChains implements ChainRepository {
        final Map<String, EmployerChain> chains = new TreeMap<>();

        @Override
        public synchronized Optional<EmployerChain> find(String chainId) {
            return Optional.ofNullable(chains.get(chainId));
        }

        @Override
        public synchronized List<EmployerChain> list() {
            return List.copyOf(chains.values());
        }

        @Override
        public synchronized boolean register(String chainId, String name) {
            return chains.putIfAbsent(chainId, new EmployerChain(chainId, name, EmployerChain.Status.ACTIVE, List.of())) == null;
        }

        @Override
        public synchronized void addSecret(String chainId, String secretId, String masterVersion, Instant createdAt) {
            EmployerChain chain = Optional.ofNullable(chains.get(chainId)).orElseThrow(() -> new UnknownChainException(chainId));
            List<EmployerChain.Secret> secrets = new ArrayList<>(chain.secrets());
            secrets.add(new EmployerChain.Secret(secretId, masterVersion, createdAt, Optional.empty()));
            chains.put(chainId, new EmployerChain(chainId, chain.name(), chain.status(), secrets));
        }

        @Override
        public synchronized boolean revoke(String chainId, String secretId, Instant revokedAt) {
            EmployerChain chain = chains.get(chainId);
            if (chain == null) {
                return false;
            }
            boolean[] changed = {false};
            List<EmployerChain.Secret> secrets = chain.secrets().stream().map(s -> {
                if (s.secretId().equals(secretId) && s.revokedAt().isEmpty()) {
                    changed[0] = true;
                    return new EmployerChain.Secret(s.secretId(), s.masterVersion(), s.createdAt(), Optional.of(revokedAt));
                }
                return s;
            }).toList();
            chains.put(chainId, new EmployerChain(chainId, chain.name(), chain.status(), secrets));
            return changed[0];
        }

        @Override
        public synchronized void disable(String chainId) {
            EmployerChain chain = Optional.ofNullable(chains.get(chainId)).orElseThrow(() -> new UnknownChainException(chainId));
            chains.put(chainId, new EmployerChain(chainId, chain.name(), EmployerChain.Status.DISABLED, chain.secrets()));
        }
    }

    /** Like the table: entries carry expiresAt, and an expired entry counts as absent. */
    static final class InMemoryRequestLog implements RequestLog {
        private record Entry(Instant expiresAt, StoredResponse response) {}

        final Map<String, Entry> entries = new HashMap<>();

        @Override
        public synchronized boolean firstUseOfWebhookId(String chainId, String webhookId, Instant now) {
            return putIfAbsent("WEBHOOK#" + chainId + "#" + webhookId, new Entry(now.plus(WEBHOOK_ID_TTL), null), now);
        }

        @Override
        public synchronized Optional<StoredResponse> findResponse(String chainId, String key, Instant now) {
            Entry entry = entries.get("IDEMPOTENCY#" + chainId + "#" + key);
            return entry == null || !entry.expiresAt().isAfter(now) ? Optional.empty() : Optional.of(entry.response());
        }

        @Override
        public synchronized void saveResponse(String chainId, String key, StoredResponse response, Instant now) {
            putIfAbsent("IDEMPOTENCY#" + chainId + "#" + key, new Entry(now.plus(IDEMPOTENCY_TTL), response), now);
        }

        private boolean putIfAbsent(String pk, Entry entry, Instant now) {
            Entry existing = entries.get(pk);
            if (existing != null && existing.expiresAt().isAfter(now)) {
                return false;
            }
            entries.put(pk, entry);
            return true;
        }
    }

    /** Takes every message, or with {@link #failing} none, or with {@link #takesOnly} that many and fails the rest. */
    static final class RecordingQueue implements QueueSender {
        final List<AgreementMessage> sent = new ArrayList<>();
        boolean failing;
        Integer takesOnly;

        @Override
        public synchronized void send(List<AgreementMessage> messages) {
            int taken = failing ? 0 : takesOnly == null ? messages.size() : Math.min(takesOnly, messages.size());
            List<AgreementMessage> queued = messages.subList(0, taken);
            sent.addAll(queued);
            if (taken < messages.size()) {
                throw new QueueUnavailableException("simulated SQS outage", null, queued);
            }
        }
    }
}
