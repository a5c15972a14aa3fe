package no.jobbstotte.shared.table.placements;

import java.time.LocalDate;
import java.util.Set;

/** The scheduler's question to the placements: who gets a digest today? */
public interface DueCheck {

    /**
     * The specialists with a follow-up due on or before {@code date}, read from the sparse due-date
     * index: its cost grows with what is due, not with the directory.
     */
    Set<String> specialistsDue(LocalDate date);
}
