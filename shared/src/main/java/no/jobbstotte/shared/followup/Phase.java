package no.jobbstotte.shared.followup;

/**
 * Where a placement (oppfølgingsløp) stands, as far as follow-up is concerned. A placement's
 * stored phase is never {@link #PAUSED}: a pause is a flag over the phase it interrupts, so that
 * resuming returns to it. {@code PAUSED} exists so that the plan can give a pause its own rules.
 */
public enum Phase {
    /** Referred (henvist): job search, before any trial. */
    REFERRED,
    /** Paid trial (utprøving), usually four weeks. */
    TRIAL,
    /** Employed (ansatt): follow-up of employee and employer, with no end date. */
    HIRED,
    PAUSED,
    ENDED;

    /** The phase whose plan rules apply: a pause overrides every phase except the end. */
    static Phase forPlan(Phase phase, boolean paused) {
        return paused && phase != ENDED ? PAUSED : phase;
    }
}
