package no.jobbstotte.shared.table.placements;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The placements as the digests read them: a specialist's due follow-ups, and a team's caseload. */
public interface Caseloads {

    /** A specialist's follow-ups due on or before {@code lastDay}. */
    List<DueFollowUp> dueUpTo(String specialistId, LocalDate lastDay);

    /**
     * The team's placements as its lead's digest reads them, in one query (index
     * {@code byTeamCaseload}, all pages): per specialist the follow-ups of placements due on or
     * before {@code lastDay} and the placements not ended; and the orphans.
     */
    TeamCaseload team(String teamId, LocalDate lastDay);

    /**
     * @param due per specialist, the follow-ups of their placements whose earliest due date is on or before the day
     * @param active per specialist, how many of their placements have not ended
     * @param orphans the placements whose specialist is unknown or inactive
     */
    record TeamCaseload(Map<String, List<DueFollowUp>> due, Map<String, Integer> active, Orphans orphans) {
        public TeamCaseload {
            due = Map.copyOf(due);
            active = Map.copyOf(active);
        }

        public List<DueFollowUp> dueOf(String specialistId) {
            return due.getOrDefault(specialistId, List.of());
        }

        public int activeOf(String specialistId) {
            return active.getOrDefault(specialistId, 0);
        }
    }

    /** @param active orphaned placements not ended; @param due their due follow-ups */
    record Orphans(int active, List<DueFollowUp> due) {
        public Orphans {
            due = List.copyOf(due);
        }
    }
}
