package no.jobbstotte.shared.table.placements;

import java.util.Optional;
import no.jobbstotte.shared.table.directory.Person;

/**
 * What the directory says about a placement's job specialist when the placement is saved. An
 * unknown or inactive specialist makes the placement an orphan: it gets {@code orphanTeamId}, so
 * the team lead's digest reports it instead of nobody being reminded.
 */
public enum SpecialistStatus {
    ACTIVE,
    INACTIVE,
    UNKNOWN;

    public boolean isOrphan() {
        return this != ACTIVE;
    }

    /** The status of the person the directory holds under the specialist's id, if any. */
    public static SpecialistStatus of(Optional<Person> person) {
        return person.map(p -> p.isActive(Person.Role.SPECIALIST) ? ACTIVE : INACTIVE)
                .orElse(UNKNOWN);
    }
}
