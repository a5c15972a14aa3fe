package no.jobbstotte.remindersender.digest;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import no.jobbstotte.shared.fidelity.FidelityFigures;
import no.jobbstotte.shared.followup.reminders.FidelityWeek;

/**
 * A team lead's weekly fidelity mail: the team's and each specialist's IPS figures for the week
 * that ended the Sunday before {@code week}, beside those of the week four weeks earlier.
 *
 * @param week the week the mail is sent in
 * @param specialists in the order the mail lists them
 */
public record FidelityReport(TeamLead teamLead, FidelityWeek week, Row team, List<Row> specialists) {

    /** How many weeks back the comparison reaches. */
    public static final int COMPARED_WEEKS_BACK = 4;

    public FidelityReport {
        Objects.requireNonNull(teamLead, "teamLead");
        Objects.requireNonNull(week, "week");
        Objects.requireNonNull(team, "team");
        specialists = List.copyOf(specialists);
    }

    /** Whose figures (the team, or a specialist's name): the reported week's and the earlier week's. */
    public record Row(String name, FidelityFigures now, FidelityFigures before) {
        public Row {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(now, "now");
            Objects.requireNonNull(before, "before");
        }
    }

    /** The Sunday the reported week ends on. */
    public LocalDate weekEnding() {
        return week.reportedWeekEnding();
    }

    /** The Sunday the week compared with ends on. */
    public LocalDate comparedWeekEnding() {
        return weekEnding().minusWeeks(COMPARED_WEEKS_BACK);
    }
}
