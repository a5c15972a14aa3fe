package no.jobbstotte.shared.followup;

/** Who a follow-up is with: the participant (deltaker, the employee) or the employer. */
public enum Party {
    PARTICIPANT,
    EMPLOYER
}
