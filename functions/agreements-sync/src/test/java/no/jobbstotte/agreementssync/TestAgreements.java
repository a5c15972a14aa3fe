package no.jobbstotte.agreementssync;

import java.time.Instant;
import java.util.UUID;
import no.jobbstotte.shared.agreement.Agreement;
import no.jobbstotte.shared.agreement.AgreementMessage;

/** Queue messages for agreements (shared's AgreementTestData makes the agreements). */
final class TestAgreements {

    private TestAgreements() {}

    static AgreementMessage message(Agreement agreement) {
        return new AgreementMessage(agreement, "req-" + UUID.randomUUID(), Instant.parse("2026-01-05T08:00:00Z"));
    }
}
