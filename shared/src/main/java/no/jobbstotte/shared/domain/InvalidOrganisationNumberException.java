package no.jobbstotte.shared.domain;

/** A string that is not a valid organisation number. The message never quotes the input. */
public final class InvalidOrganisationNumberException extends IllegalArgumentException {

    public enum Reason {
        /** Not exactly nine ASCII digits. */
        FORMAT,
        /** Nine digits, but the mod-11 check digit does not match. */
        CHECK_DIGIT
    }

    private final Reason reason;

    public InvalidOrganisationNumberException(Reason reason) {
        super(switch (reason) {
            case FORMAT -> "Organisation number must be exactly 9 digits";
            case CHECK_DIGIT -> "Organisation number has a wrong check digit";
        });
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
