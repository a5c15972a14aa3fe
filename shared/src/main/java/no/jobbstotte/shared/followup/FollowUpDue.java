package no.jobbstotte.shared.followup;

import java.time.LocalDate;
import java.util.Objects;

/** The next follow-up with one party: its due date (Norwegian calendar date) and why it is due. */
public record FollowUpDue(LocalDate dueOn, String reason) {
    public FollowUpDue {
        Objects.requireNonNull(dueOn, "dueOn");
        Objects.requireNonNull(reason, "reason");
    }
}
