package no.jobbstotte.shared.table.agreements;

import java.time.LocalDate;
import no.jobbstotte.shared.agreement.Agreement;

/**
 * The terms of an agreement's current version, as the nightly statistics read them. Read from the
 * table as stored, so any part may be missing: then it is null.
 *
 * @param status null if the item has no status this code knows
 * @param validTo null while the agreement runs until further notice
 */
public record AgreementTerm(String municipalityNumber, Agreement.Status status, LocalDate validFrom, LocalDate validTo) {

    /** Active on the day: status active and the day within validFrom..validTo (open end if none). */
    public boolean activeOn(LocalDate day) {
        return status == Agreement.Status.ACTIVE
                && validFrom != null && !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
    }
}
