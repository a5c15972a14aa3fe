package no.jobbstotte.shared.followup;

/** A follow-up plan that cannot be used; the reason names the offending field. */
public class InvalidFollowUpPlanException extends RuntimeException {
    public InvalidFollowUpPlanException(String reason) {
        super(reason);
    }
}
