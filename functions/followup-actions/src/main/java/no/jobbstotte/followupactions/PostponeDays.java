package no.jobbstotte.followupactions;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.jobbstotte.shared.followup.WorkingDays;
import no.jobbstotte.shared.http.Problem;
import no.jobbstotte.shared.http.ProblemException;

/**
 * The "Utsett" choice: 1–10 working days, counted on the Norwegian calendar from today, or from
 * the follow-up's own (effective) due date when that is later, so an item listed under "Resten av
 * uken" is never moved to a day before it was due anyway.
 */
final class PostponeDays {

    static final int MIN = 1;
    static final int MAX = 10;
    static final int DEFAULT = 5;

    private static final WorkingDays DAYS = WorkingDays.norway();

    private PostponeDays() {}

    /** @throws ProblemException 400 unless {@code value} is a whole number from MIN to MAX */
    static int parse(String value) {
        if (value != null && value.matches("[0-9]{1,2}")) {
            int days = Integer.parseInt(value);
            if (days >= MIN && days <= MAX) {
                return days;
            }
        }
        throw new ProblemException(new Problem(Problem.type("invalid-days"), "Ugyldig antall dager", 400,
                "Velg å utsette med fra " + MIN + " til " + MAX + " arbeidsdager. Ingenting ble endret.", null,
                List.of(), Map.of()));
    }

    /** The new due date: {@code days} working days after the later of today and the effective due date. */
    static LocalDate newDueOn(LocalDate dueOn, LocalDate today, int days) {
        LocalDate effective = DAYS.onOrAfter(dueOn);
        LocalDate day = effective.isAfter(today) ? effective : today;
        for (int i = 0; i < days; i++) {
            day = DAYS.nextWorkingDay(day);
        }
        return day;
    }
}
