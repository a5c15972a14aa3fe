package no.jobbstotte.shared.table.volunteers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The coordinators' daily notice: who was confirmed on a day, and a marker per recipient and day
 * so that a re-run sends nothing twice.
 */
public interface DailyNotices {

    /** The volunteers confirmed on the Oslo day {@code day} and still confirmed (erased ones are gone). */
    List<NewVolunteer> confirmedOn(LocalDate day);

    /** Claims the notice for its recipient and day; false if it was already sent or is being sent. */
    boolean claim(Notice notice, Instant expiresAt);

    void markSent(Notice notice);

    /** Gives the claim back when sending failed, so the next run tries again (powertools does the same). */
    void release(Notice notice);
}
