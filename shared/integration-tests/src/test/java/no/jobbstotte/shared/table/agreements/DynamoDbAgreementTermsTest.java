package no.jobbstotte.shared.table.agreements;

import static no.jobbstotte.shared.agreement.AgreementTestData.fresh;
import static no.jobbstotte.shared.agreement.AgreementTestData.withVersion;
import static no.jobbstotte.shared.table.agreements.AgreementItem.s;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.jobbstotte.localcloud.testing.LocalCloudExtension;
import no.jobbstotte.shared.agreement.Agreement;
import no.jobbstotte.shared.agreement.ProcessingStatus;
import no.jobbstotte.shared.table.agreements.AgreementStore.StatusRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The statistics' scan against the emulated table: current versions only, malformed dates counted. */
class DynamoDbAgreementTermsTest {

    @RegisterExtension
    static final LocalCloudExtension CLOUD = LocalCloudExtension.fromTemplate();

    private static final Instant T0 = Instant.parse("2026-01-05T08:00:00Z");

    private static String table() {
        return CLOUD.cloud().tableName("AgreementsTable");
    }

    private final AgreementStore store = new DynamoDbAgreementStore(CLOUD.cloud().dynamoDb(), table());
    private final AgreementTerms terms = new DynamoDbAgreementTerms(CLOUD.cloud().dynamoDb(), table());

    @Test
    void forEachCurrent_storedVersions_oneTermPerAgreementWithoutHistoryOrStatus() {
        Agreement first = fresh();
        Agreement second = fresh();
        store.store(first, "m", T0);
        store.store(withVersion(first, 2), "m", T0);
        store.store(second, "m", T0);
        store.recordStatus(new StatusRecord(second.chainId(), second.agreementId(), 1, ProcessingStatus.STORED, null, T0));
        List<AgreementTerm> seen = new ArrayList<>();

        long malformed = terms.forEachCurrent(seen::add);

        assertThat(malformed).isZero();
        AgreementTerm expected = new AgreementTerm("0301", Agreement.Status.ACTIVE, LocalDate.of(2024, 1, 1),
                LocalDate.of(2025, 12, 31));
        assertThat(seen).containsExactly(expected, expected);
    }

    @Test
    void forEachCurrent_itemsAsStored_missingPartsNullAndMalformedDatesCounted() {
        put("open", Map.of("municipalityNumber", s("4601"), "status", s("active"), "validFrom", s("2026-01-01"),
                "validTo", s(" ")));
        put("odd-status", Map.of("municipalityNumber", s("5001"), "status", s("paused"), "validFrom", s("2026-01-01")));
        put("bad-from", Map.of("municipalityNumber", s("0301"), "status", s("active"), "validFrom", s("2026-13-01")));
        put("bad-to", Map.of("municipalityNumber", s("0301"), "status", s("ended"), "validFrom", s("2026-01-01"),
                "validTo", s("soon")));
        List<AgreementTerm> seen = new ArrayList<>();

        long malformed = terms.forEachCurrent(seen::add);

        assertThat(malformed).isEqualTo(2);
        assertThat(seen).containsExactlyInAnyOrder(
                new AgreementTerm("4601", Agreement.Status.ACTIVE, LocalDate.of(2026, 1, 1), null),
                new AgreementTerm("5001", null, LocalDate.of(2026, 1, 1), null));
    }

    private static void put(String agreementId, Map<String, AttributeValue> attributes) {
        Map<String, AttributeValue> item = new HashMap<>(attributes);
        item.putAll(AgreementItem.key("terms-chain", AgreementItem.currentSk(agreementId)));
        CLOUD.cloud().dynamoDb().putItem(r -> r.tableName(table()).item(item));
    }
}
