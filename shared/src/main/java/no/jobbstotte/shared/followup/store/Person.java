package no.jobbstotte.shared.followup.store;

import java.util.Objects;
import java.util.Optional;

/**
 * A person in the directory: a job specialist (jobbspesialist) or a team lead. A specialist
 * known only from a deactivation has no name, e-mail or team.
 */
public record Person(
        String personId,
        Role role,
        Optional<String> displayName,
        Optional<String> email,
        Optional<String> teamId,
        Optional<String> teamLeadId,
        boolean active) {

    public enum Role {
        SPECIALIST,
        TEAM_LEAD
    }

    public Person {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(teamId, "teamId");
        Objects.requireNonNull(teamLeadId, "teamLeadId");
    }
}
