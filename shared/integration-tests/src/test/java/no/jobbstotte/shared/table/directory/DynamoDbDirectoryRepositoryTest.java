package no.jobbstotte.shared.table.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import no.jobbstotte.localcloud.LocalCloud;
import no.jobbstotte.localcloud.testing.LocalCloudExtension;
import no.jobbstotte.shared.followup.event.DirectoryEvent.SpecialistDeactivated;
import no.jobbstotte.shared.followup.event.DirectoryEvent.SpecialistUpserted;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The directory's writer against the local DynamoDB: the newest event wins, whatever the order. */
class DynamoDbDirectoryRepositoryTest {

    @RegisterExtension
    static final LocalCloudExtension CLOUD = LocalCloudExtension.fromTemplate();

    private static final Instant T1 = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant T2 = T1.plusMillis(1);
    private static final Instant T3 = T1.plusSeconds(60);

    private final LocalCloud cloud = CLOUD.cloud();
    private final String specialist = "js-" + UUID.randomUUID();
    private final DynamoDbDirectoryRepository repository =
            new DynamoDbDirectoryRepository(cloud.dynamoDb(), cloud.tableName("DirectoryTable"));
    private final SpecialistUpserted upserted =
            new SpecialistUpserted("d2", specialist, "Kari Nordmann", "kari@example.no", "t-1", "tl-1");

    @Test
    void writes_olderOrRepeatedEvents_areIgnored() {
        assertThat(repository.upsertSpecialist(upserted, T2)).isEqualTo(DirectoryWrite.APPLIED);
        assertThat(repository.deactivateSpecialist(new SpecialistDeactivated("d1", specialist), T1))
                .isEqualTo(DirectoryWrite.STALE);
        assertThat(repository.upsertSpecialist(upserted, T2)).isEqualTo(DirectoryWrite.STALE);
        assertThat(repository.find(specialist)).get().extracting(Person::active).isEqualTo(true);

        assertThat(repository.deactivateSpecialist(new SpecialistDeactivated("d3", specialist), T3))
                .isEqualTo(DirectoryWrite.APPLIED);

        Person person = repository.find(specialist).orElseThrow();
        assertThat(person.active()).isFalse();
        assertThat(person.displayName()).contains("Kari Nordmann");
        assertThat(person.teamId()).contains("t-1");
    }

    @Test
    void writes_sameTime_theGreaterEventIdWins() {
        repository.deactivateSpecialist(new SpecialistDeactivated("d3", specialist), T2);

        assertThat(repository.upsertSpecialist(upserted, T2)).isEqualTo(DirectoryWrite.STALE);
        assertThat(repository.find(specialist)).get().satisfies(p -> {
            assertThat(p.active()).isFalse();
            assertThat(p.role()).isEqualTo(Person.Role.SPECIALIST);
            assertThat(p.displayName()).isEmpty();
        });
    }

    @Test
    void find_unknownPerson_isEmpty() {
        assertThat(repository.find("nobody-" + UUID.randomUUID())).isEmpty();
    }
}
