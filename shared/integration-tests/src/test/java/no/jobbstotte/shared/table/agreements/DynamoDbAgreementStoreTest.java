package no.jobbstotte.shared.table.agreements;

import static no.jobbstotte.shared.agreement.AgreementTestData.fresh;
import static no.jobbstotte.shared.agreement.AgreementTestData.inChain;
import static no.jobbstotte.shared.agreement.AgreementTestData.withPositions;
import static no.jobbstotte.shared.agreement.AgreementTestData.withVersion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.jobbstotte.localcloud.testing.LocalCloudExtension;
import no.jobbstotte.shared.agreement.Agreement;
import no.jobbstotte.shared.agreement.ProcessingStatus;
import no.jobbstotte.shared.table.agreements.AgreementStore.ConflictingVersionException;
import no.jobbstotte.shared.table.agreements.AgreementStore.Outcome;
import no.jobbstotte.shared.table.agreements.AgreementStore.StatusRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The DynamoDB store against the emulated table from template.yaml. */
class DynamoDbAgreementStoreTest {

    @RegisterExtension
    static final LocalCloudExtension CLOUD = LocalCloudExtension.fromTemplate();

    private static final Instant T0 = Instant.parse("2026-01-05T08:00:00Z");

    private AgreementStore store() {
        return new DynamoDbAgreementStore(CLOUD.cloud().dynamoDb(), table());
    }

    private static String table() {
        return CLOUD.cloud().tableName("AgreementsTable");
    }

    @Test
    void store_newAgreement_isCreatedAndReadsBackEqual() {
        Agreement agreement = fresh();

        assertThat(store().store(agreement, "req-1", T0)).isEqualTo(Outcome.CREATED);

        var current = store().current(agreement.chainId(), agreement.agreementId()).orElseThrow();
        assertThat(current.agreement()).isEqualTo(agreement);
        assertThat(current.updatedAt()).isEqualTo(T0);
        assertThat(history(agreement)).singleElement().satisfies(h -> {
            assertThat(h.get("messageId").s()).isEqualTo("req-1");
            assertThat(h.get("version").n()).isEqualTo("1");
            assertThat(h.get("contentHash").s()).hasSize(64);
        });
    }

    @Test
    void store_higherSameAndLowerVersions_updatedUnchangedStale() {
        Agreement v2 = withVersion(fresh(), 2);
        AgreementStore store = store();

        assertThat(store.store(v2, "a", T0)).isEqualTo(Outcome.CREATED);
        assertThat(store.store(withVersion(v2, 3), "b", T0.plusSeconds(1))).isEqualTo(Outcome.UPDATED);
        assertThat(store.store(withVersion(v2, 3), "b-again", T0.plusSeconds(2))).isEqualTo(Outcome.UNCHANGED);
        assertThat(store.store(withVersion(v2, 1), "c", T0.plusSeconds(3))).isEqualTo(Outcome.STALE);
        assertThat(store.store(withVersion(v2, 1), "c-again", T0.plusSeconds(4))).isEqualTo(Outcome.STALE);

        var current = store.current(v2.chainId(), v2.agreementId()).orElseThrow();
        assertThat(current.agreement().version()).isEqualTo(3);
        assertThat(current.updatedAt()).isEqualTo(T0.plusSeconds(1));
        assertThat(history(v2)).extracting(h -> h.get("version").n()).containsExactly("1", "2", "3");
        assertThat(history(v2)).extracting(h -> h.get("messageId").s()).containsExactly("c", "a", "b");
    }

    @Test
    void store_storedVersionRedeliveredAfterNewer_isUnchangedNotStale() {
        Agreement v1 = fresh();
        store().store(v1, "a", T0);
        store().store(withVersion(v1, 2), "b", T0);

        assertThat(store().store(v1, "a", T0.plusSeconds(60))).isEqualTo(Outcome.UNCHANGED);
    }

    @Test
    void store_sameVersionOtherContent_throwsConflictEvenAfterNewerVersion() {
        Agreement v1 = fresh();
        store().store(v1, "a", T0);
        Agreement rival = withPositions(v1, v1.adaptedPositions() + 1);

        assertThatThrownBy(() -> store().store(rival, "b", T0)).isInstanceOf(ConflictingVersionException.class);
        store().store(withVersion(v1, 2), "c", T0);
        assertThatThrownBy(() -> store().store(rival, "b", T0)).isInstanceOf(ConflictingVersionException.class);

        assertThat(store().current(v1.chainId(), v1.agreementId()).orElseThrow().agreement().version()).isEqualTo(2);
        assertThat(history(v1)).hasSize(2);
    }

    @Test
    void conflicting_versionsThatArrivedWithOtherContent_foundEvenAfterNewerOrStale() {
        Agreement v2 = withVersion(fresh(), 2);
        store().store(v2, "a", T0);
        store().store(withVersion(v2, 1), "b", T0);
        store().store(withVersion(v2, 3), "c", T0);
        Agreement rivalOfStored = withPositions(v2, v2.adaptedPositions() + 1);
        Agreement rivalOfStale = withPositions(withVersion(v2, 1), v2.adaptedPositions() + 1);
        Agreement otherChain = inChain(rivalOfStored, "chain-" + java.util.UUID.randomUUID(), v2.agreementId());

        AgreementStore.Fingerprints known = store().fingerprints(List.of(v2, rivalOfStored, rivalOfStale,
                withVersion(v2, 4), otherChain, withVersion(v2, 1), withVersion(v2, 3)));

        assertThat(known.conflicting()).containsExactlyInAnyOrder(rivalOfStored, rivalOfStale);
        assertThat(known.known()).as("stored, stale and superseded, each with this very content")
                .containsExactlyInAnyOrder(v2, withVersion(v2, 1), withVersion(v2, 3));
    }

    /** More versions than BatchGetItem takes in one call: every one is still checked. */
    @Test
    void conflicting_moreThanOneBatchOfVersions_checksEveryOne() {
        Agreement first = fresh();
        List<Agreement> pushed = new ArrayList<>();
        Set<Agreement> rivals = new java.util.HashSet<>();
        for (int i = 0; i < 150; i++) {
            Agreement version = inChain(first, first.chainId(), "avtale-" + i);
            if (i % 40 == 0) {
                store().store(version, "m", T0);
                Agreement rival = withPositions(version, version.adaptedPositions() + 1);
                rivals.add(rival);
                version = rival;
            }
            pushed.add(version);
        }

        assertThat(store().fingerprints(pushed).conflicting()).containsExactlyInAnyOrderElementsOf(rivals);
    }

    /** Concurrent writers, duplicates and a rival content for one version, in seeded random orders. */
    @Test
    void store_concurrentWriters_highestVersionWinsOneHistoryPerVersionOneContentPerVersion() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (long seed = 0; seed < 8; seed++) {
                Random random = new Random(seed);
                Agreement base = fresh();
                int versions = 2 + random.nextInt(5);
                long rivalVersion = 1 + random.nextInt(versions);
                List<Agreement> writes = new ArrayList<>();
                for (long v = 1; v <= versions; v++) {
                    writes.add(withVersion(base, v));
                    writes.add(withVersion(base, v));
                }
                writes.add(withPositions(withVersion(base, rivalVersion), base.adaptedPositions() + 1));
                Collections.shuffle(writes, random);
                Map<Agreement, Boolean> accepted = new ConcurrentHashMap<>();
                List<Future<?>> futures = new ArrayList<>();
                for (Agreement write : writes) {
                    futures.add(pool.submit(() -> {
                        try {
                            store().store(write, "m", T0);
                            accepted.put(write, true);
                        } catch (ConflictingVersionException refused) {
                            // the other content of the rival version won
                        }
                    }));
                }
                for (Future<?> future : futures) {
                    future.get();
                }

                assertThat(store().current(base.chainId(), base.agreementId()).orElseThrow().agreement().version())
                        .as("seed %d", seed).isEqualTo(versions);
                assertThat(history(base)).as("seed %d", seed).hasSize(versions);
                assertThat(accepted.keySet().stream().filter(a -> a.version() == rivalVersion))
                        .as("seed %d: exactly one content of version %d wins", seed, rivalVersion).hasSize(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void store_storedReadsFromTheCurrentItem_staleIsWritten_andALaterAcceptChangesNothing() {
        Agreement a = fresh();
        AgreementStore store = store();

        store.store(withVersion(a, 2), "req-2", T0);
        assertThat(store.latestStatus(a.chainId(), a.agreementId()).orElseThrow().status()).isEqualTo(ProcessingStatus.STORED);
        store.store(withVersion(a, 1), "req-1", T0);
        store.accept(withVersion(a, 2), "req-late", T0.plusSeconds(1));

        assertThat(store.latestStatus(a.chainId(), a.agreementId()).orElseThrow().status()).isEqualTo(ProcessingStatus.STORED);
        assertThat(history(a)).extracting(h -> h.get("version").n() + " " + h.get("status").s() + " " + h.get("messageId").s())
                .containsExactly("1 STALE req-1", "2 ACCEPTED req-2");
        // The history entry is the status: no other item per version.
        assertThat(CLOUD.cloud().dynamoDb().query(r -> r.tableName(table()).consistentRead(true)
                .keyConditionExpression("chainId = :c").expressionAttributeValues(Map.of(":c", AgreementItem.s(a.chainId()))))
                .items()).extracting(i -> i.get("sk").s()).allMatch(sk -> sk.startsWith("AGREEMENT#") || sk.startsWith("HISTORY#"))
                .hasSize(3);
    }

    /** The API's ACCEPTED is the version's entry: the status reads ACCEPTED until the current item holds the version. */
    @Test
    void accept_thenStore_statusIsAcceptedUntilTheCurrentItemHoldsTheVersion() {
        Agreement v1 = fresh();
        Agreement v2 = withVersion(v1, 2);
        AgreementStore store = store();

        store.accept(v1, "req-1", T0);
        assertThat(store.latestStatus(v1.chainId(), v1.agreementId()).orElseThrow())
                .isEqualTo(new StatusRecord(v1.chainId(), v1.agreementId(), 1, ProcessingStatus.ACCEPTED, null, T0));
        assertThat(store.store(v1, "req-1", T0.plusSeconds(1))).isEqualTo(Outcome.CREATED);
        assertThat(store.latestStatus(v1.chainId(), v1.agreementId()).orElseThrow())
                .isEqualTo(new StatusRecord(v1.chainId(), v1.agreementId(), 1, ProcessingStatus.STORED, null, T0.plusSeconds(1)));

        store.accept(v2, "req-2", T0.plusSeconds(2));
        assertThat(store.latestStatus(v1.chainId(), v1.agreementId()).orElseThrow().status())
                .as("version 1 is current, version 2 only accepted").isEqualTo(ProcessingStatus.ACCEPTED);
        assertThat(store.store(v2, "req-2", T0.plusSeconds(3))).isEqualTo(Outcome.UPDATED);
        assertThat(store.latestStatus(v1.chainId(), v1.agreementId()).orElseThrow())
                .isEqualTo(new StatusRecord(v1.chainId(), v1.agreementId(), 2, ProcessingStatus.STORED, null, T0.plusSeconds(3)));
        assertThat(history(v1)).extracting(h -> h.get("status").s() + " " + h.get("contentHash").s())
                .containsExactly("ACCEPTED " + VersionWriter.contentHash(v1), "ACCEPTED " + VersionWriter.contentHash(v2));
    }

    /** Accepted is enough: other content for the version is refused at the push and in the sync, before it is stored. */
    @Test
    void accept_otherContentForAnAcceptedVersion_isConflictingAtThePushAndRefusedByTheSync() {
        Agreement a = fresh();
        Agreement rival = withPositions(a, a.adaptedPositions() + 1);
        AgreementStore store = store();
        store.accept(a, "req-a", T0);
        store.accept(rival, "req-rival", T0);

        assertThat(store.fingerprints(List.of(a, rival))).isEqualTo(new AgreementStore.Fingerprints(Set.of(rival), Set.of(a)));
        assertThatThrownBy(() -> store.store(rival, "req-rival", T0)).isInstanceOf(ConflictingVersionException.class);
        assertThat(store.current(a.chainId(), a.agreementId())).isEmpty();
        assertThat(store.store(a, "req-a", T0)).isEqualTo(Outcome.CREATED);
    }

    /**
     * The queue took the version but the API stopped before its write (or the sync ran first): the
     * sync writes the entry as the API would, and the API's write, if it comes, changes nothing.
     */
    @Test
    void store_beforeTheApisAccept_writesTheEntryItself_andTheLateAcceptChangesNothing() {
        Agreement a = fresh();
        AgreementStore store = store();

        assertThat(store.store(a, "req", T0)).isEqualTo(Outcome.CREATED);
        store.accept(withPositions(a, a.adaptedPositions() + 1), "req-other", T0.plusSeconds(1));

        assertThat(history(a)).singleElement().satisfies(h -> {
            assertThat(h.get("messageId").s()).isEqualTo("req");
            assertThat(h.get("contentHash").s()).isEqualTo(VersionWriter.contentHash(a));
        });
        assertThat(store.latestStatus(a.chainId(), a.agreementId()).orElseThrow().status()).isEqualTo(ProcessingStatus.STORED);
    }

    /** Every version of a batch stored, then the whole batch delivered again: each answers as the first time. */
    @Test
    void store_aBatchRedeliveredAfterItsLaterVersionsWereStored_isUnchangedEveryOne_andNoneStale() {
        Agreement a = fresh();
        AgreementStore store = store();
        for (long v = 1; v <= AgreementItem.PRIOR + 1; v++) {
            store.accept(withVersion(a, v), "req-" + v, T0);
            store.store(withVersion(a, v), "req-" + v, T0);
        }

        for (long v = 2; v <= AgreementItem.PRIOR + 1; v++) {
            assertThat(store.store(withVersion(a, v), "req-" + v, T0.plusSeconds(60))).as("version %d", v)
                    .isEqualTo(Outcome.UNCHANGED);
        }
        assertThat(history(a)).extracting(h -> h.get("status").s()).containsOnly(ProcessingStatus.ACCEPTED.name());
    }

    /** An entry the API wrote before it wrote hashes: the sync adds the hash, and then it refuses other content. */
    @Test
    void store_afterAnAcceptedWithoutHash_addsTheHash_andOnlyThenMakesAConflict() {
        Agreement a = fresh();
        Agreement other = withPositions(a, a.adaptedPositions() + 1);
        AgreementStore store = store();
        acceptedWithoutHash(a);
        assertThat(store.fingerprints(List.of(other, a))).as("accepted only: the sync decides")
                .isEqualTo(new AgreementStore.Fingerprints(Set.of(), Set.of()));

        assertThat(store.store(a, "req", T0)).isEqualTo(Outcome.CREATED);

        assertThat(store.latestStatus(a.chainId(), a.agreementId()).orElseThrow().status()).isEqualTo(ProcessingStatus.STORED);
        assertThat(store.fingerprints(List.of(other, a)))
                .isEqualTo(new AgreementStore.Fingerprints(Set.of(other), Set.of(a)));
    }

    @Test
    void store_crashAfterTheCurrentItem_redeliveryWritesTheHistoryEntry() {
        Agreement a = fresh();
        AgreementStore store = store();
        acceptedWithoutHash(a);
        // As a crash between the two writes leaves it: current written, entry still the API's.
        CLOUD.cloud().dynamoDb().putItem(r -> r.tableName(table()).item(AgreementItem.current(a, VersionWriter.contentHash(a), T0)));

        assertThat(store.store(a, "req", T0.plusSeconds(30))).isEqualTo(Outcome.UNCHANGED);

        assertThat(store.latestStatus(a.chainId(), a.agreementId()).orElseThrow().status()).isEqualTo(ProcessingStatus.STORED);
        assertThat(history(a)).singleElement().satisfies(h -> assertThat(h.get("contentHash").s())
                .isEqualTo(VersionWriter.contentHash(a)));
        assertThatThrownBy(() -> store.store(withPositions(a, a.adaptedPositions() + 1), "req2", T0.plusSeconds(60)))
                .isInstanceOf(ConflictingVersionException.class);
    }

    @Test
    void recordStatus_acceptedAfterStored_keepsStored_rejectedReplacesStored() {
        Agreement a = withVersion(fresh(), 1);
        AgreementStore store = store();

        acceptedWithoutHash(a);
        store.recordStatus(status(a, 1, ProcessingStatus.STORED, null));
        store.accept(a, "req", T0);
        assertThat(store.latestStatus(a.chainId(), a.agreementId()).orElseThrow().status()).isEqualTo(ProcessingStatus.STORED);

        store.recordStatus(status(a, 1, ProcessingStatus.STALE, null));
        assertThat(store.latestStatus(a.chainId(), a.agreementId()).orElseThrow().status()).isEqualTo(ProcessingStatus.STORED);

        store.recordStatus(status(a, 1, ProcessingStatus.REJECTED, "annet innhold"));
        StatusRecord latest = store.latestStatus(a.chainId(), a.agreementId()).orElseThrow();
        assertThat(latest.status()).isEqualTo(ProcessingStatus.REJECTED);
        assertThat(latest.reason()).isEqualTo("annet innhold");
    }

    @Test
    void latestStatus_manyVersions_isTheNumericallyHighestVersion() {
        Agreement a = fresh();
        Agreement prefixed = inChain(a, a.chainId(), a.agreementId() + "x");
        store().recordStatus(status(a, 9, ProcessingStatus.STALE, null));
        store().recordStatus(status(a, 10, ProcessingStatus.STORED, null));
        store().recordStatus(status(a, 2, ProcessingStatus.STALE, null));
        store().recordStatus(status(prefixed, 99, ProcessingStatus.STORED, null));

        StatusRecord latest = store().latestStatus(a.chainId(), a.agreementId()).orElseThrow();
        assertThat(latest.version()).isEqualTo(10);
        assertThat(latest.status()).isEqualTo(ProcessingStatus.STORED);
        assertThat(store().latestStatus(a.chainId(), "unknown")).isEmpty();
    }

    @Test
    void updatedSince_pagesThroughChangesInUpdateOrder() {
        Agreement first = fresh();
        String chain = first.chainId();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Agreement a = inChain(first, chain, "avtale-" + i);
            // Whole and fractional seconds mixed: the sort key must still order by time.
            store().store(a, "m", T0.plusMillis(i * 500L));
            ids.add(a.agreementId());
        }
        store().store(fresh(), "other chain", T0);

        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            AgreementStore.Page page = store().updatedSince(chain, T0.plusMillis(500), cursor, 2);
            page.items().forEach(item -> seen.add(item.agreement().agreementId()));
            cursor = page.nextCursor();
            pages++;
        } while (cursor != null && pages < 10);

        assertThat(seen).containsExactlyElementsOf(ids.subList(1, 5));
        assertThatThrownBy(() -> store().updatedSince(chain, T0, "not a cursor!", 2))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** The cursor is not signed: a forged one for the caller's own chain is refused, never a DynamoDB error. */
    @Test
    void updatedSince_forgedCursorForOwnChain_isIllegalArgument() {
        Agreement a = fresh();
        store().store(a, "m", T0);
        String id = a.agreementId();
        for (String raw : List.of(
                a.chainId() + "\nAGREEMENT#" + id + "\n",
                a.chainId() + "\nAGREEMENT#" + id + "\n0",
                a.chainId() + "\nAGREEMENT#\n2026-01-01T00:00:00.000Z#",
                a.chainId() + "\nAGREEMENT#" + id + "\n2026-01-01T00:00:00.000Z#other",
                a.chainId() + "\nAGREEMENT#" + id + "\n1970-01-01T00:00:00.000Z#" + id)) {
            String cursor = java.util.Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(raw.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertThatThrownBy(() -> store().updatedSince(a.chainId(), T0.minusSeconds(60), cursor, 2))
                    .as(raw).isInstanceOf(IllegalArgumentException.class);
        }
    }

    /** A version's entry as the API wrote it before it wrote the content hash with ACCEPTED. */
    private static void acceptedWithoutHash(Agreement a) {
        CLOUD.cloud().dynamoDb().putItem(r -> r.tableName(table()).item(Map.of(
                "chainId", AgreementItem.s(a.chainId()), "sk", AgreementItem.s(AgreementItem.historySk(a)),
                "agreementId", AgreementItem.s(a.agreementId()), "version", AgreementItem.n(a.version()),
                "status", AgreementItem.s(ProcessingStatus.ACCEPTED.name()), "updatedAt", AgreementItem.s(T0.toString()))));
    }

    private static StatusRecord status(Agreement a, long version, ProcessingStatus status, String reason) {
        return new StatusRecord(a.chainId(), a.agreementId(), version, status, reason, T0);
    }

    /** The version's history entries, oldest version first: what the store's interface does not show. */
    private static List<Map<String, AttributeValue>> history(Agreement a) {
        return CLOUD.cloud().dynamoDb().query(r -> r.tableName(table()).consistentRead(true)
                .keyConditionExpression("chainId = :c AND begins_with(sk, :p)")
                .expressionAttributeValues(Map.of(":c", AgreementItem.s(a.chainId()),
                        ":p", AgreementItem.s(AgreementItem.HISTORY + a.agreementId() + "#")))).items();
    }
}
