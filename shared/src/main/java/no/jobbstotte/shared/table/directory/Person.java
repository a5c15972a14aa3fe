package no.jobbstotte.shared.table.directory;

import java.util.Objects;
import java.util.Optional;

/**
 * A person in the directory: a job specialist (jobbspesialist) or a team lead. A specialist
 * known only from a deactivation has no name, e-mail or team. Names and e-mail addresses are
 * personal data: they go into e-mails, never into logs.
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

    /** Whether this is an active person in {@code expectedRole}. */
    public boolean isActive(Role expectedRole) {
        return active && role == expectedRole;
    }

    /** Whether the person has what an e-mail needs: a name, an address and a team. */
    public boolean isMailable() {
        return displayName.isPresent() && email.filter(e -> !e.isBlank()).isPresent() && teamId.isPresent();
    }
}
