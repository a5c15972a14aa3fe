package no.jobbstotte.shared.followup.digest;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** One specialist's morning digest: what is overdue, due today, and due later this week. */
public record Digest(JobSpecialist specialist, LocalDate today, List<OverdueItem> overdue,
        List<DigestItem> dueToday, List<DigestItem> upcoming) {

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
