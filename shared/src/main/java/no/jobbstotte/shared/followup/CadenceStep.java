package no.jobbstotte.shared.followup;

/** From day {@code fromDay} of a phase onwards, follow up every {@code everyDays} days. */
public record CadenceStep(int fromDay, int everyDays) {
    public CadenceStep {
        if (fromDay < 0 || everyDays < 1) {
            throw new IllegalArgumentException("fromDay must be >= 0 and everyDays >= 1");
        }
    }
}
