package no.jobbstotte.shared.table.directory;

import java.util.List;
import java.util.Optional;

/** The directory as the digests read it: the recipient, and a team lead's team. */
public interface Directory {

    Optional<Person> find(String personId);

    /** Everyone on the team, active or not. */
    List<Person> team(String teamId);
}
