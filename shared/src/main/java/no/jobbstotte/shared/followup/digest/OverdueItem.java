package no.jobbstotte.shared.followup.digest;

import java.util.Objects;

/** A follow-up past its deadline, by how many working days. */
public record OverdueItem(DigestItem item, int workingDaysOverdue) {
    public OverdueItem {
        Objects.requireNonNull(item, "item");
        if (workingDaysOverdue < 1) {
            throw new IllegalArgumentException("an overdue item is at least one working day late");
        }
    }
}
