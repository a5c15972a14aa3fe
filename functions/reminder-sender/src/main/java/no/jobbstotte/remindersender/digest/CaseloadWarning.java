package no.jobbstotte.remindersender.digest;

import java.util.Objects;
import java.util.Optional;

/**
 * A specialist following more placements than the limit allows; or, {@code unassigned}, a team's
 * active placements that have no active specialist at all (where any number is too many).
 */
public record CaseloadWarning(String specialistId, int activePlacements, int limit, boolean unassigned) {

    /** IPS fidelity scale: a caseload of at most 20 scores highest. */
    public static final int DEFAULT_LIMIT = 20;

    public CaseloadWarning {
        Objects.requireNonNull(specialistId, "specialistId");
    }

    public CaseloadWarning(String specialistId, int activePlacements, int limit) {
        this(specialistId, activePlacements, limit, false);
    }

    /** A warning when any of a team's active placements has no active specialist. */
    public static Optional<CaseloadWarning> unassigned(String teamKey, int activePlacements) {
        return activePlacements > 0
                ? Optional.of(new CaseloadWarning(teamKey, activePlacements, 0, true))
                : Optional.empty();
    }

    /** A warning when {@code activePlacements} is more than {@code limit}. */
    public static Optional<CaseloadWarning> check(String specialistId, int activePlacements, int limit) {
        return activePlacements > limit
                ? Optional.of(new CaseloadWarning(specialistId, activePlacements, limit))
                : Optional.empty();
    }
}
