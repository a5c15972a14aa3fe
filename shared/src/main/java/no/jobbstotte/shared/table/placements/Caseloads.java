package no.jobbstotte.shared.table.placements;

import java.time.LocalDate;
import java.util.List;

/** The placements as the digests read them: due follow-ups, caseloads and orphans. */
public interface Caseloads {

    /** A specialist's follow-ups due on or before {@code lastDay}. */
    List<DueFollowUp> dueUpTo(String specialistId, LocalDate lastDay);

    /** How many of a specialist's placements have not ended. */
    int activeCount(String specialistId);

    /** The team's placements whose specialist is unknown or inactive. */
    Orphans orphans(String teamId);

    /** @param active orphaned placements not ended; @param due their due follow-ups */
    record Orphans(int active, List<DueFollowUp> due) {
        public Orphans {
            due = List.copyOf(due);
        }
    }
}
