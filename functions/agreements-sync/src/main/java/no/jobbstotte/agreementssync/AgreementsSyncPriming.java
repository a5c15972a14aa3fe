package no.jobbstotte.agreementssync;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Random;
import javax.inject.Inject;
import no.jobbstotte.shared.agreement.Agreement;
import no.jobbstotte.shared.agreement.AgreementMessage;
import no.jobbstotte.shared.domain.OrganisationNumber;
import no.jobbstotte.shared.table.agreements.AgreementStore;

/**
 * SnapStart prime: the queue message's parse path and one read of a key that cannot exist, which
 * builds the DynamoDB client's request pipeline (signer, marshallers, HTTP client). Writes nothing.
 */
final class AgreementsSyncPriming implements Runnable {

    static final String ABSENT = "snapstart-prime#absent";

    private final AgreementStore store;

    @Inject
    AgreementsSyncPriming(AgreementStore store) {
        this.store = store;
    }

    @Override
    public void run() {
        Agreement agreement = new Agreement("snapstart-prime", "prime-1", 1, Agreement.Type.LOCAL,
                OrganisationNumber.generate(new Random(1)), "Prime", "0301", LocalDate.of(2024, 1, 1),
                Optional.empty(), 1, "butikksjef", Agreement.Status.ACTIVE);
        String body = new AgreementMessage(agreement, "prime", Instant.EPOCH).toJson();
        AgreementMessage.parse(body);
        store.current(ABSENT, ABSENT);
    }
}
