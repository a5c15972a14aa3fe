package no.jobbstotte.agreementssync;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import no.jobbstotte.shared.agreement.Agreement;
import no.jobbstotte.shared.agreement.AgreementMessage;
import no.jobbstotte.shared.domain.OrganisationNumber;

/** Valid agreements with fresh ids, for tests to change one thing at a time. */
final class TestAgreements {

    private static final Random RANDOM = new Random();

    private TestAgreements() {}

    /** A new agreement (fresh chain and agreement ids) at version 1. */
    static Agreement agreement() {
        return new Agreement("chain-" + UUID.randomUUID(), "avtale-" + UUID.randomUUID(), 1, Agreement.Type.LOCAL,
                OrganisationNumber.generate(RANDOM), "Rema 1000 Majorstuen", "0301", LocalDate.of(2024, 1, 1),
                Optional.of(LocalDate.of(2025, 12, 31)), 4, "butikksjef", Agreement.Status.ACTIVE);
    }

    static Agreement withVersion(Agreement a, long version) {
        return new Agreement(a.chainId(), a.agreementId(), version, a.type(), a.employer(), a.unitName(),
                a.municipalityNumber(), a.validFrom(), a.validTo(), a.adaptedPositions(), a.contactRole(), a.status());
    }

    static Agreement withPositions(Agreement a, int adaptedPositions) {
        return new Agreement(a.chainId(), a.agreementId(), a.version(), a.type(), a.employer(), a.unitName(),
                a.municipalityNumber(), a.validFrom(), a.validTo(), adaptedPositions, a.contactRole(), a.status());
    }

    static Agreement inChain(Agreement a, String chainId, String agreementId) {
        return new Agreement(chainId, agreementId, a.version(), a.type(), a.employer(), a.unitName(),
                a.municipalityNumber(), a.validFrom(), a.validTo(), a.adaptedPositions(), a.contactRole(), a.status());
    }

    static AgreementMessage message(Agreement agreement) {
        return new AgreementMessage(agreement, "req-" + UUID.randomUUID(), Instant.parse("2026-01-05T08:00:00Z"));
    }
}
