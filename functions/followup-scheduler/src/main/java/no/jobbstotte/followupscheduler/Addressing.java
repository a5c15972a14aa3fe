package no.jobbstotte.followupscheduler;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.jobbstotte.shared.followup.reminders.Addressees;
import no.jobbstotte.shared.table.directory.Person;
import no.jobbstotte.shared.table.directory.Recipients.Recipient;
import no.jobbstotte.shared.table.maildelivery.Suppressions;

/**
 * Who each of a run's messages is for, as the scan read them, with the delivery state of every
 * address read in batches of 100 ({@link Suppressions#suppressedAmong}) for the whole chunk at
 * once: the sender then reads neither the directory nor the delivery states. Only recipients
 * about to be claimed are looked up, so the reads grow with what is due, not with the directory.
 * The active specialists are kept per team (id, name, address: a few hundred KB at national
 * scale) because a team lead's mails list the team, and the scan meets the team in any order.
 */
final class Addressing {

    /**
     * The most specialists a message carries (about 15 KB): ten such messages still fit one
     * SendMessageBatch (256 KB in all). A bigger team's lead gets a message without addressees,
     * and the sender reads the team itself, as before.
     */
    static final int MAX_TEAM = 100;

    private final Suppressions suppressions;
    private final Map<String, List<Person>> specialistsByTeam = new HashMap<>();
    /** Addresses whose state this run has read (a due specialist's again on the team lead's mail: not read twice). */
    private final Set<String> read = new HashSet<>();
    private final Set<String> suppressed = new HashSet<>();

    Addressing(Suppressions suppressions) {
        this.suppressions = suppressions;
    }

    /** Notes an active specialist of the directory, for their team lead's mails. */
    void noteSpecialist(Person specialist) {
        specialist.teamId().ifPresent(team -> specialistsByTeam.computeIfAbsent(team, t -> new ArrayList<>())
                .add(specialist));
    }

    /** The addressees of each recipient of {@code chunk} that gets a message: every team lead, and the due specialists. */
    Map<String, Addressees> of(List<Recipient> chunk, Set<String> due) {
        Map<String, List<Person>> peopleOf = new LinkedHashMap<>();
        for (Recipient recipient : chunk) {
            if (recipient.teamLead()) {
                List<Person> team = recipient.person().teamId().map(specialistsByTeam::get).orElse(List.of());
                if (team.size() <= MAX_TEAM) {
                    List<Person> people = new ArrayList<>(team.size() + 1);
                    people.add(recipient.person());
                    people.addAll(team);
                    peopleOf.put(recipient.personId(), people);
                }
            } else if (due.contains(recipient.personId())) {
                peopleOf.put(recipient.personId(), List.of(recipient.person()));
            }
        }
        Set<String> unread = peopleOf.values().stream().flatMap(List::stream)
                .flatMap(p -> p.email().stream()).filter(a -> !read.contains(a)).collect(Collectors.toSet());
        if (!unread.isEmpty()) {
            suppressed.addAll(suppressions.suppressedAmong(unread));
            read.addAll(unread);
        }
        Map<String, Addressees> addressees = new HashMap<>();
        peopleOf.forEach((id, people) -> addressees.put(id, new Addressees(people, people.stream()
                .filter(p -> p.email().filter(suppressed::contains).isPresent())
                .map(Person::personId).collect(Collectors.toSet()))));
        return addressees;
    }
}
