package no.jobbstotte.followupactions;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.jobbstotte.shared.domain.OrganisationNumber;
import no.jobbstotte.shared.http.Problem;
import no.jobbstotte.shared.http.ProblemException;

/**
 * The "Registrer arbeidsgiverkontakt" choice: face to face or another kind of contact, and the
 * contacted employer's organisation number when the specialist gives one (spaces allowed, as it is
 * often written "923 609 016"; the mod-11 check digit is checked). Problems never quote the input.
 */
record ContactChoice(boolean faceToFace, Optional<String> employerOrgNumber) {

    /** @throws ProblemException 400 unless {@code faceToFace} is true or false and the number, if any, is valid */
    static ContactChoice parse(String faceToFace, String employerOrgNumber) {
        boolean inPerson = switch (faceToFace == null ? "" : faceToFace) {
            case "true" -> true;
            case "false" -> false;
            default -> throw invalid("invalid-contact", "Velg hvordan kontakten var",
                    "Velg «Ansikt til ansikt» eller «Annen kontakt».");
        };
        String org = employerOrgNumber == null ? "" : employerOrgNumber.replaceAll("\\s", "");
        if (org.isEmpty()) {
            return new ContactChoice(inPerson, Optional.empty());
        }
        return switch (OrganisationNumber.defect(org).orElse(null)) {
            case null -> new ContactChoice(inPerson, Optional.of(org));
            case FORMAT -> throw invalid("invalid-org-number", "Ugyldig organisasjonsnummer",
                    "Organisasjonsnummeret har ni sifre. La feltet stå tomt om du ikke har det.");
            case CHECK_DIGIT -> throw invalid("invalid-org-number", "Ugyldig organisasjonsnummer",
                    "Organisasjonsnummeret har feil kontrollsiffer. Sjekk det, eller la feltet stå tomt.");
        };
    }

    private static ProblemException invalid(String type, String title, String detail) {
        return new ProblemException(new Problem(Problem.type(type), title, 400, detail + " Ingenting ble endret.", null,
                List.of(), Map.of()));
    }
}
