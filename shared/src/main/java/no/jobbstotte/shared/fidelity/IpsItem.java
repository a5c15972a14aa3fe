package no.jobbstotte.shared.fidelity;

/**
 * The items of the IPS fidelity scale (IPS-25) that the placement events can measure; the scale's
 * own anchors and where they come from are in docs/fidelity.md.
 */
public enum IpsItem {
    /** Active participants per specialist (figure: participants, a mean for a team). */
    CASELOAD_SIZE,
    /** Days from referral to the first face-to-face employer contact about a job (figure: mean days). */
    RAPID_JOB_SEARCH,
    /** Face-to-face employer contacts in job development per specialist per week (figure: contacts). */
    EMPLOYER_CONTACT,
    /** Share of hired participants with a follow-up in the last 90 days (figure: 0 to 1). */
    FOLLOW_ALONG
}
