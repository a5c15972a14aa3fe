package no.jobbstotte.remindersender.digest;

import java.util.Objects;
import java.util.Optional;
import no.jobbstotte.shared.table.directory.Person;

/** A team lead (teamleder): receives escalations and caseload warnings for the team. */
public record TeamLead(String teamLeadId, String teamId, String displayName, String workEmail) {
    public TeamLead {
        Objects.requireNonNull(teamLeadId, "teamLeadId");
        Objects.requireNonNull(teamId, "teamId");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(workEmail, "workEmail");
    }

    /** Empty unless the person has what an e-mail needs: a name, an address and a team. */
    public static Optional<TeamLead> of(Person person) {
        return person.isMailable() ? Optional.of(new TeamLead(person.personId(), person.teamId().get(),
                person.displayName().get(), person.email().get())) : Optional.empty();
    }
}
