package no.jobbstotte.agreementssync;

import static no.jobbstotte.agreementssync.TestAgreements.message;
import static no.jobbstotte.shared.agreement.AgreementTestData.fresh;
import static no.jobbstotte.shared.agreement.AgreementTestData.withPositions;
import static no.jobbstotte.shared.agreement.AgreementTestData.withVersion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import no.jobbstotte.shared.agreement.Agreement;
import no.jobbstotte.shared.agreement.AgreementMessage;
import no.jobbstotte.shared.agreement.ProcessingStatus;
import no.jobbstotte.shared.agreement.VersionConflict;
import org.junit.jupiter.api.Test;

class AgreementsSyncServiceTest {

    private static final Instant NOW = Instant.parse("2026-01-05T08:00:00Z");

    private final InMemoryAgreementStore store = new InMemoryAgreementStore();
    private final AgreementsSyncService service = new AgreementsSyncService(store, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void sync_newAgreement_storesItWithOneHistoryEntryAndStatusStored() {
        Agreement agreement = fresh();
        AgreementMessage message = message(agreement);

        service.sync(message);

        assertThat(store.current(agreement.chainId(), agreement.agreementId()).orElseThrow().agreement()).isEqualTo(agreement);
        assertThat(store.history(agreement.chainId(), agreement.agreementId()))
                .singleElement().satisfies(h -> assertThat(h.messageId()).isEqualTo(message.requestId()));
        assertThat(status(agreement)).isEqualTo(ProcessingStatus.STORED);
    }

    @Test
    void sync_sameMessageTwice_changesNothing() {
        Agreement agreement = fresh();
        service.sync(message(agreement));
        var before = store.current(agreement.chainId(), agreement.agreementId());

        service.sync(message(agreement));

        assertThat(store.current(agreement.chainId(), agreement.agreementId())).isEqualTo(before);
        assertThat(store.history(agreement.chainId(), agreement.agreementId())).hasSize(1);
        assertThat(status(agreement)).isEqualTo(ProcessingStatus.STORED);
    }

    @Test
    void sync_lowerVersionAfterHigher_keepsHigherAndRecordsStale() {
        Agreement v3 = withVersion(fresh(), 3);

        service.sync(message(v3));
        service.sync(message(withVersion(v3, 1)));
        service.sync(message(withVersion(v3, 2)));

        assertThat(store.current(v3.chainId(), v3.agreementId()).orElseThrow().agreement().version()).isEqualTo(3);
        assertThat(status(withVersion(v3, 1))).isEqualTo(ProcessingStatus.STALE);
        assertThat(status(withVersion(v3, 2))).isEqualTo(ProcessingStatus.STALE);
        assertThat(store.latestStatus(v3.chainId(), v3.agreementId()).orElseThrow().status()).isEqualTo(ProcessingStatus.STORED);
    }

    @Test
    void sync_storedVersionRedeliveredAfterNewer_staysStored() {
        Agreement v1 = fresh();
        service.sync(message(v1));
        service.sync(message(withVersion(v1, 2)));

        service.sync(message(v1));

        assertThat(status(v1)).isEqualTo(ProcessingStatus.STORED);
    }

    @Test
    void sync_sameVersionOtherContent_recordsRejectedWithReasonAndCompletes() {
        Agreement agreement = fresh();
        service.sync(message(agreement));
        Agreement other = withPositions(agreement, agreement.adaptedPositions() + 1);

        // Completing normally is what keeps the message out of the dead-letter queue.
        assertThatCode(() -> service.sync(message(other))).doesNotThrowAnyException();

        assertThat(store.current(agreement.chainId(), agreement.agreementId()).orElseThrow().agreement()).isEqualTo(agreement);
        var status = store.latestStatus(agreement.chainId(), agreement.agreementId()).orElseThrow();
        assertThat(status.status()).isEqualTo(ProcessingStatus.REJECTED);
        assertThat(status.reason()).isEqualTo(VersionConflict.reason(1));
    }

    /** Any order of deliveries, with duplicates, ends with the highest version current and the rest stale. */
    @Test
    void sync_anyDeliveryOrderWithDuplicates_endsInSameState() {
        for (long seed = 0; seed < 200; seed++) {
            Random random = new Random(seed);
            Agreement base = fresh();
            int versions = 1 + random.nextInt(6);
            List<Long> deliveries = new ArrayList<>(LongStream.rangeClosed(1, versions).boxed().toList());
            for (int i = random.nextInt(4); i > 0; i--) {
                deliveries.add(1 + (long) random.nextInt(versions));
            }
            Collections.shuffle(deliveries, random);
            InMemoryAgreementStore fresh = new InMemoryAgreementStore();
            AgreementsSyncService sync = new AgreementsSyncService(fresh, Clock.fixed(NOW, ZoneOffset.UTC));

            deliveries.forEach(v -> sync.sync(message(withVersion(base, v))));

            assertThat(fresh.current(base.chainId(), base.agreementId()).orElseThrow().agreement().version())
                    .as("seed %d", seed).isEqualTo(versions);
            assertThat(fresh.history(base.chainId(), base.agreementId())).as("seed %d", seed).hasSize(versions);
            assertThat(fresh.status(base.chainId(), base.agreementId(), versions).orElseThrow().status())
                    .as("seed %d", seed).isEqualTo(ProcessingStatus.STORED);
        }
    }

    private ProcessingStatus status(Agreement agreement) {
        return store.status(agreement.chainId(), agreement.agreementId(), agreement.version()).orElseThrow().status();
    }
}
