package no.jobbstotte.remindersender.digest;

import java.util.Objects;
import no.jobbstotte.shared.table.placements.DueFollowUp;

/** A follow-up past its deadline, by how many working days. */
public record OverdueItem(DueFollowUp item, int workingDaysOverdue) {
    public OverdueItem {
        Objects.requireNonNull(item, "item");
        if (workingDaysOverdue < 1) {
            throw new IllegalArgumentException("an overdue item is at least one working day late");
        }
    }
}
