package no.jobbstotte.remindersender;

import java.time.LocalDate;
import java.util.List;
import no.jobbstotte.shared.followup.digest.DigestItem;

/** The PlacementsTable's indexes, as the digests need them. */
interface Placements {

    /** A specialist's follow-ups due on or before {@code lastDay} (index bySpecialistDue). */
    List<DigestItem> dueUpTo(String specialistId, LocalDate lastDay);

    /** A specialist's placements that have not ended (index activeBySpecialist, counted). */
    int activeCount(String specialistId);

    /** The team's placements whose specialist is unknown or inactive (index byOrphanTeam). */
    Orphans orphans(String teamId);

    /** @param active orphaned placements not ended; @param due their due follow-ups */
    record Orphans(int active, List<DigestItem> due) {
        public Orphans {
            due = List.copyOf(due);
        }
    }
}
