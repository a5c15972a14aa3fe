package no.jobbstotte.remindersender.digest;

import java.util.Objects;
import java.util.Optional;
import no.jobbstotte.shared.table.directory.Person;

/** A job specialist (jobbspesialist) as the directory knows them: who receives a digest. */
public record JobSpecialist(String specialistId, String displayName, String workEmail, String teamId,
        String teamLeadId) {
    public JobSpecialist {
        Objects.requireNonNull(specialistId, "specialistId");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(workEmail, "workEmail");
        Objects.requireNonNull(teamId, "teamId");
        Objects.requireNonNull(teamLeadId, "teamLeadId");
    }

    /** Empty unless the person has what an e-mail needs: a name, an address and a team. */
    public static Optional<JobSpecialist> of(Person person) {
        return person.isMailable() ? Optional.of(new JobSpecialist(person.personId(), person.displayName().get(),
                person.email().get(), person.teamId().get(), person.teamLeadId().orElse(""))) : Optional.empty();
    }
}
