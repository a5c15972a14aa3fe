package no.jobbstotte.agreementsapi;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import javax.inject.Inject;
import no.jobbstotte.agreementsapi.table.chains.ChainRepository;
import no.jobbstotte.shared.agreement.Agreement;
import no.jobbstotte.shared.agreement.AgreementMessage;
import no.jobbstotte.shared.domain.OrganisationNumber;
import no.jobbstotte.shared.http.HttpResponses;
import no.jobbstotte.shared.http.Problem;
import no.jobbstotte.shared.table.agreements.AgreementStore;
import no.jobbstotte.shared.validation.ValidationResult;

/**
 * SnapStart prime: validation of a valid and an invalid item, the queue message's JSON, the
 * JSON and problem+json responses, one read of a chain that cannot exist (builds the DynamoDB
 * client's request pipeline) and the conflict check of a version that cannot exist (the batch read
 * and the content hash every push makes). Writes nothing and sends nothing.
 */
final class AgreementsApiPriming implements Runnable {

    static final String ABSENT = "snapstart-prime#absent";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final AgreementValidator validator;
    private final HttpResponses responses;
    private final ChainRepository chains;
    private final AgreementStore store;

    @Inject
    AgreementsApiPriming(AgreementValidator validator, HttpResponses responses, ChainRepository chains,
            AgreementStore store) {
        this.validator = validator;
        this.responses = responses;
        this.chains = chains;
        this.store = store;
    }

    @Override
    public void run() {
        ObjectNode item = NODES.objectNode()
                .put("agreementId", "prime-1").put("version", 1).put("type", "local")
                .put("employerOrgNumber", OrganisationNumber.generate(new Random(1)).value())
                .put("unitName", "Prime").put("municipalityNumber", "0301").put("validFrom", "2024-01-01")
                .put("adaptedPositions", 1).put("contactRole", "butikksjef").put("status", "active");
        if (!(validator.validate("snapstart-prime", item, "/items/0") instanceof ValidationResult.Valid<Agreement> valid)) {
            throw new IllegalStateException("the priming sample no longer validates");
        }
        AgreementMessage.parse(new AgreementMessage(valid.value(), "prime", Instant.EPOCH).toJson());
        item.put("municipalityNumber", "x");
        validator.validate("snapstart-prime", item, "/items/0");
        responses.json(202, NODES.objectNode().set("results", NODES.arrayNode().add(item)));
        responses.problem(Problem.badRequest("prime"));
        chains.find(ABSENT);
        store.fingerprints(List.of(valid.value()));
    }
}
