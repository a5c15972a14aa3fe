package no.jobbstotte.followupscheduler;

import java.time.LocalDate;
import java.util.function.Consumer;

/** Who may get a digest: the directory's active people, and whether a specialist has anything due. */
interface Recipients {

    /** An active specialist or team lead; ids only, the scheduler needs nothing personal. */
    record Recipient(String personId, boolean teamLead) {}

    /** Calls {@code each} for every active specialist and team lead, page by page. */
    void forEachActive(Consumer<Recipient> each);

    /** Whether the specialist has a follow-up due on or before {@code date}. */
    boolean hasDue(String specialistId, LocalDate date);
}
