package no.jobbstotte.shared.table.directory;

import java.util.Optional;
import java.util.function.Consumer;

/** Who may get a digest: the directory's active specialists and team leads. */
public interface Recipients {

    /**
     * An active specialist or team lead, as the directory has them: the scheduler puts name, work
     * address and team on the messages, so the sender need not read the directory again.
     */
    record Recipient(Person person) {

        /** Ids only: someone the directory knows no name, address or team of. */
        public Recipient(String personId, boolean teamLead) {
            this(new Person(personId, teamLead ? Person.Role.TEAM_LEAD : Person.Role.SPECIALIST, Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), true));
        }

        public String personId() {
            return person.personId();
        }

        public boolean teamLead() {
            return person.role() == Person.Role.TEAM_LEAD;
        }
    }

    /** Calls {@code each} for every active specialist and team lead, page by page. */
    void forEachActive(Consumer<Recipient> each);
}
