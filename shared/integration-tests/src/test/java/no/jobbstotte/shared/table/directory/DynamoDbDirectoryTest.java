package no.jobbstotte.shared.table.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.jobbstotte.localcloud.LocalCloud;
import no.jobbstotte.localcloud.testing.LocalCloudExtension;
import no.jobbstotte.shared.followup.event.DirectoryEvent.SpecialistDeactivated;
import no.jobbstotte.shared.followup.event.DirectoryEvent.SpecialistUpserted;
import no.jobbstotte.shared.followup.event.DirectoryEvent.TeamLeadUpserted;
import no.jobbstotte.shared.table.directory.Recipients.Recipient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The directory's readers against the local DynamoDB, over people the writer stored. */
class DynamoDbDirectoryTest {

    @RegisterExtension
    static final LocalCloudExtension CLOUD = LocalCloudExtension.fromTemplate();

    private static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");

    private final LocalCloud cloud = CLOUD.cloud();
    private final String table = cloud.tableName("DirectoryTable");
    private final DynamoDbDirectoryRepository writer = new DynamoDbDirectoryRepository(cloud.dynamoDb(), table);
    private final DynamoDbDirectory directory = new DynamoDbDirectory(cloud.dynamoDb(), table);
    private final String team = "t-" + UUID.randomUUID();
    private final String lead = "tl-" + UUID.randomUUID();
    private final String kari = "js-" + UUID.randomUUID();
    private final String ola = "js-" + UUID.randomUUID();

    @Test
    void find_storedSpecialist_everyAttributeBack() {
        writer.upsertSpecialist(new SpecialistUpserted("d1", kari, "Kari Nordmann", "kari@example.no", team, lead), AT);

        assertThat(directory.find(kari)).contains(new Person(kari, Person.Role.SPECIALIST, Optional.of("Kari Nordmann"),
                Optional.of("kari@example.no"), Optional.of(team), Optional.of(lead), true));
        assertThat(directory.find("nobody-" + UUID.randomUUID())).isEmpty();
    }

    @Test
    void team_everyoneOnTheTeamActiveOrNot() {
        seedTeam();
        writer.upsertSpecialist(new SpecialistUpserted("d9", "js-" + UUID.randomUUID(), "Per Annen", "per@example.no",
                "t-" + UUID.randomUUID(), lead), AT);

        assertThat(directory.team(team)).extracting(Person::personId).containsExactlyInAnyOrder(lead, kari, ola);
        assertThat(directory.team(team)).filteredOn(p -> p.personId().equals(ola))
                .singleElement().extracting(Person::active).isEqualTo(false);
    }

    @Test
    void forEachActive_activeSpecialistsAndTeamLeadsWithWhatTheirMailsName() {
        seedTeam();
        List<Recipient> recipients = new ArrayList<>();

        directory.forEachActive(recipients::add);

        assertThat(recipients).containsExactlyInAnyOrder(
                new Recipient(new Person(kari, Person.Role.SPECIALIST, Optional.of("Kari Nordmann"),
                        Optional.of("kari@example.no"), Optional.of(team), Optional.of(lead), true)),
                new Recipient(new Person(lead, Person.Role.TEAM_LEAD, Optional.of("Tone Leder"),
                        Optional.of("tone@example.no"), Optional.of(team), Optional.empty(), true)));
        assertThat(recipients).extracting(Recipient::teamLead).containsExactlyInAnyOrder(false, true);
    }

    private void seedTeam() {
        writer.upsertTeamLead(new TeamLeadUpserted("d1", lead, team, "Tone Leder", "tone@example.no"), AT);
        writer.upsertSpecialist(new SpecialistUpserted("d2", kari, "Kari Nordmann", "kari@example.no", team, lead), AT);
        writer.upsertSpecialist(new SpecialistUpserted("d3", ola, "Ola Hansen", "ola@example.no", team, lead), AT);
        writer.deactivateSpecialist(new SpecialistDeactivated("d4", ola), AT.plusSeconds(1));
    }
}
