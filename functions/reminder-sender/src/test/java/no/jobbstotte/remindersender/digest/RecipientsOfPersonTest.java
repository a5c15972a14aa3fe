package no.jobbstotte.remindersender.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import no.jobbstotte.shared.table.directory.Person;
import org.junit.jupiter.api.Test;

/** A directory person as a digest's recipient: only with a name, an address and a team. */
class RecipientsOfPersonTest {

    @Test
    void jobSpecialist_mailablePerson_withoutTeamLeadIdHasAnEmptyOne() {
        Person kari = new Person("js-1", Person.Role.SPECIALIST, Optional.of("Kari Nordmann"),
                Optional.of("kari@nav.example"), Optional.of("t-1"), Optional.empty(), true);

        assertThat(JobSpecialist.of(kari))
                .contains(new JobSpecialist("js-1", "Kari Nordmann", "kari@nav.example", "t-1", ""));
    }

    @Test
    void teamLead_mailablePerson() {
        Person tone = new Person("tl-1", Person.Role.TEAM_LEAD, Optional.of("Tone Leder"),
                Optional.of("tone@nav.example"), Optional.of("t-1"), Optional.empty(), true);

        assertThat(TeamLead.of(tone)).contains(new TeamLead("tl-1", "t-1", "Tone Leder", "tone@nav.example"));
    }

    @Test
    void either_personWithoutAddress_isNoRecipient() {
        Person nameless = new Person("js-9", Person.Role.SPECIALIST, Optional.of("Uten Adresse"), Optional.empty(),
                Optional.of("t-1"), Optional.of("tl-1"), true);

        assertThat(JobSpecialist.of(nameless)).isEmpty();
        assertThat(TeamLead.of(nameless)).isEmpty();
    }
}
