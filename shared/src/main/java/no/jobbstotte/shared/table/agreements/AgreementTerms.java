package no.jobbstotte.shared.table.agreements;

import java.util.function.Consumer;

/** Every agreement's current terms, for the statistics: a scan that reads only the terms. */
public interface AgreementTerms {

    /**
     * Hands the terms of every agreement's current version to {@code terms}, in no particular
     * order. An item whose validFrom or validTo is not a date is left out and counted.
     *
     * @return how many items were left out for a malformed date
     */
    long forEachCurrent(Consumer<AgreementTerm> terms);
}
