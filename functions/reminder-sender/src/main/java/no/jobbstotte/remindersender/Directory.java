package no.jobbstotte.remindersender;

import java.util.List;
import java.util.Optional;
import no.jobbstotte.shared.followup.reminders.DirectoryEntry;

/** The DirectoryTable, read. */
interface Directory {
    Optional<DirectoryEntry> find(String personId);

    /** Everyone on the team, active or not (GSI byTeam). */
    List<DirectoryEntry> team(String teamId);
}
