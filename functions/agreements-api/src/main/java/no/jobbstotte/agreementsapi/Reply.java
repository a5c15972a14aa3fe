package no.jobbstotte.agreementsapi;

import java.util.List;
import java.util.Optional;
import no.jobbstotte.shared.http.Problem;
import no.jobbstotte.shared.table.agreements.AgreementStore.Page;
import no.jobbstotte.shared.table.agreements.AgreementStore.StatusRecord;
import no.jobbstotte.shared.table.agreements.AgreementStore.StoredAgreement;
import no.jobbstotte.shared.validation.FieldError;

/** What an endpoint answers, before {@link AgreementsResponder} writes it as JSON or problem+json. */
public sealed interface Reply {

    /** A push of which at least one item was accepted: 202 if all were, else 207 with each item's errors. */
    record Pushed(List<ItemResult> results) implements Reply {
        public Pushed {
            results = List.copyOf(results);
        }

        public int status() {
            return results.stream().allMatch(ItemResult::accepted) ? 202 : 207;
        }
    }

    /**
     * One item of a push, with the agreementId and version it was sent with where they are valid.
     *
     * @param agreementId null if the item had no valid id
     * @param version null if the item had no integral version
     */
    record ItemResult(int index, String agreementId, Long version, List<FieldError> errors) {
        public ItemResult {
            errors = List.copyOf(errors);
        }

        public boolean accepted() {
            return errors.isEmpty();
        }
    }

    /** A push answered before, with the same key and body: given again as it was. */
    record Replayed(int status, String body) implements Reply {}

    /** One agreement as the chain reads it: its current version, its latest processing status, or both. */
    record Found(String chainId, String agreementId, Optional<StoredAgreement> current, Optional<StatusRecord> processing)
            implements Reply {}

    record Listed(Page page) implements Reply {}

    record Failed(Problem problem) implements Reply {}
}
