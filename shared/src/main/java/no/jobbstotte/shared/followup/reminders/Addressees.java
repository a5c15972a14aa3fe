package no.jobbstotte.shared.followup.reminders;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.jobbstotte.shared.table.directory.Directory;
import no.jobbstotte.shared.table.directory.Person;
import no.jobbstotte.shared.table.maildelivery.Suppressions;

/**
 * What the scheduler read for the sender, so a digest needs no directory or delivery-state read
 * of its own: the recipient and, for a team lead's mails, the team's active specialists, each as
 * the directory had them at the scheduler's run; {@code suppressed} the ids among them whose work
 * address SES reported as bouncing hard or complaining (MailDeliveryTable). The sender reads it as
 * it would read the directory and the delivery states. Personal data: it goes into e-mails, never
 * into logs.
 */
public record Addressees(List<Person> people, Set<String> suppressed) implements Directory, Suppressions {

    public Addressees {
        people = List.copyOf(Objects.requireNonNull(people, "people"));
        suppressed = Set.copyOf(Objects.requireNonNull(suppressed, "suppressed"));
    }

    @Override
    public Optional<Person> find(String personId) {
        return people.stream().filter(p -> p.personId().equals(personId)).findFirst();
    }

    @Override
    public List<Person> team(String teamId) {
        return people.stream().filter(p -> p.teamId().filter(teamId::equals).isPresent()).toList();
    }

    /** Whether a person here with this work address (case and surrounding blanks ignored) is suppressed. */
    @Override
    public boolean isSuppressed(String address) {
        String wanted = normalised(address);
        return people.stream().anyMatch(p -> suppressed.contains(p.personId())
                && p.email().map(Addressees::normalised).filter(wanted::equals).isPresent());
    }

    @Override
    public Set<String> suppressedAmong(Collection<String> addresses) {
        return addresses.stream().filter(this::isSuppressed).collect(Collectors.toSet());
    }

    @Override
    public String toString() {
        return "Addressees[" + people.size() + " people, " + suppressed.size() + " suppressed]";
    }

    private static String normalised(String address) {
        return address.trim().toLowerCase(Locale.ROOT);
    }
}
