package no.jobbstotte.shared.table.placements;

import java.time.LocalDate;

/** The scheduler's question to the placements: does a specialist get a digest today? */
public interface DueCheck {

    /** Whether the specialist has a follow-up due on or before {@code date}. */
    boolean hasDue(String specialistId, LocalDate date);
}
