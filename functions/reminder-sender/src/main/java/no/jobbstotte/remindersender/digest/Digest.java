package no.jobbstotte.remindersender.digest;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import no.jobbstotte.shared.table.placements.DueFollowUp;

/** One specialist's morning digest: what is overdue, due today, and due later this week. */
public record Digest(JobSpecialist specialist, LocalDate today, List<OverdueItem> overdue,
        List<DueFollowUp> dueToday, List<DueFollowUp> upcoming) {

    public Digest {
        Objects.requireNonNull(specialist, "specialist");
        Objects.requireNonNull(today, "today");
        overdue = List.copyOf(overdue);
        dueToday = List.copyOf(dueToday);
        upcoming = List.copyOf(upcoming);
    }

    /** Nothing to act on today; the week's preview alone is not worth an e-mail. */
    public boolean isEmpty() {
        return overdue.isEmpty() && dueToday.isEmpty();
    }
}
