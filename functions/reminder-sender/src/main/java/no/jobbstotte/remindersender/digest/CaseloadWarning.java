package no.jobbstotte.remindersender.digest;

import java.util.Objects;
import java.util.Optional;

/** A specialist following more placements than the limit allows. */
public record CaseloadWarning(String specialistId, int activePlacements, int limit) {

    /** IPS fidelity scale: a caseload of at most 20 scores highest. */
    public static final int DEFAULT_LIMIT = 20;

    public CaseloadWarning {
        Objects.requireNonNull(specialistId, "specialistId");
    }

    /** A warning when {@code activePlacements} is more than {@code limit}. */
    public static Optional<CaseloadWarning> check(String specialistId, int activePlacements, int limit) {
        return activePlacements > limit
                ? Optional.of(new CaseloadWarning(specialistId, activePlacements, limit))
                : Optional.empty();
    }
}
