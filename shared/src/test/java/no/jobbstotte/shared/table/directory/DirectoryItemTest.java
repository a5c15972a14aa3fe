package no.jobbstotte.shared.table.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import no.jobbstotte.shared.followup.event.DirectoryEvent.SpecialistUpserted;
import no.jobbstotte.shared.followup.event.DirectoryEvent.TeamLeadUpserted;
import no.jobbstotte.shared.table.placements.SpecialistStatus;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class DirectoryItemTest {

    private static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void specialist_upserted_mapsEveryContractAttributeAndReadsBack() {
        Map<String, AttributeValue> item = DirectoryItem.specialist(
                new SpecialistUpserted("d1", "js-17", "Kari Nordmann", "kari@example.no", "t-1", "tl-1"), AT);

        assertThat(item.get("personId").s()).isEqualTo("js-17");
        assertThat(item.get("role").s()).isEqualTo("SPECIALIST");
        assertThat(item.get("email").s()).isEqualTo("kari@example.no");
        assertThat(item.get("active").bool()).isTrue();
        assertThat(item.get("lastEventId").s()).isEqualTo("d1");
        assertThat(item.get("lastEventAt").s()).isEqualTo("2026-03-02T09:00:00.000000000Z");
        assertThat(DirectoryItem.toPerson(item)).contains(new Person("js-17", Person.Role.SPECIALIST,
                Optional.of("Kari Nordmann"), Optional.of("kari@example.no"), Optional.of("t-1"),
                Optional.of("tl-1"), true));
    }

    @Test
    void teamLead_upserted_hasNoTeamLeadId() {
        Map<String, AttributeValue> item = DirectoryItem.teamLead(
                new TeamLeadUpserted("d2", "tl-1", "t-1", "Ola Leder", "ola@example.no"), AT);

        assertThat(item.get("role").s()).isEqualTo("TEAM_LEAD");
        assertThat(item.get("teamId").s()).isEqualTo("t-1");
        assertThat(item).doesNotContainKey("teamLeadId");
    }

    @Test
    void toPerson_deactivatedUnknownSpecialist_isInactiveWithoutName() {
        Person person = DirectoryItem.toPerson(Map.of("personId", AttributeValue.fromS("js-9"),
                "role", AttributeValue.fromS("SPECIALIST"), "active", AttributeValue.fromBool(false))).orElseThrow();

        assertThat(person.active()).isFalse();
        assertThat(person.displayName()).isEmpty();
        assertThat(SpecialistStatus.of(Optional.of(person))).isEqualTo(SpecialistStatus.INACTIVE);
    }

    @Test
    void toPerson_itemWithoutAKnownRole_isNoOne() {
        assertThat(DirectoryItem.toPerson(Map.of("personId", AttributeValue.fromS("x-1"),
                "role", AttributeValue.fromS("JANITOR"), "active", AttributeValue.fromBool(true)))).isEmpty();
        assertThat(DirectoryItem.toPerson(Map.of("personId", AttributeValue.fromS("x-1")))).isEmpty();
        assertThat(DirectoryItem.toPerson(Map.of())).isEmpty();
    }

    @Test
    void person_mailableOnlyWithNameAddressAndTeam() {
        Person kari = new Person("js-1", Person.Role.SPECIALIST, Optional.of("Kari"), Optional.of("kari@example.no"),
                Optional.of("t-1"), Optional.empty(), true);

        assertThat(kari.isMailable()).isTrue();
        assertThat(new Person("js-1", Person.Role.SPECIALIST, Optional.of("Kari"), Optional.of(" "),
                Optional.of("t-1"), Optional.empty(), true).isMailable()).isFalse();
        assertThat(new Person("js-1", Person.Role.SPECIALIST, Optional.empty(), Optional.of("kari@example.no"),
                Optional.of("t-1"), Optional.empty(), true).isMailable()).isFalse();
        assertThat(new Person("js-1", Person.Role.SPECIALIST, Optional.of("Kari"), Optional.of("kari@example.no"),
                Optional.empty(), Optional.empty(), true).isMailable()).isFalse();
        assertThat(kari.isActive(Person.Role.SPECIALIST)).isTrue();
        assertThat(kari.isActive(Person.Role.TEAM_LEAD)).isFalse();
    }

    @Test
    void eventAt_seededInstants_sortAsTextInTimeOrder() {
        java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < 1000; i++) {
            Instant a = AT.plusNanos(random.nextLong(1_000_000_000_000L) * (random.nextBoolean() ? 1 : 1000));
            Instant b = AT.plusNanos(random.nextLong(1_000_000_000_000L));
            assertThat(Integer.signum(DirectoryItem.eventAt(a).compareTo(DirectoryItem.eventAt(b))))
                    .as("%s vs %s", a, b).isEqualTo(Integer.signum(a.compareTo(b)));
        }
    }

    @Test
    void specialistStatus_ofPerson_onlyAnActiveSpecialistIsNotAnOrphan() {
        Person active = new Person("js-1", Person.Role.SPECIALIST, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), true);
        Person lead = new Person("tl-1", Person.Role.TEAM_LEAD, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), true);

        assertThat(SpecialistStatus.of(Optional.of(active))).isEqualTo(SpecialistStatus.ACTIVE);
        assertThat(SpecialistStatus.of(Optional.of(lead))).isEqualTo(SpecialistStatus.INACTIVE);
        assertThat(SpecialistStatus.of(Optional.empty())).isEqualTo(SpecialistStatus.UNKNOWN);
    }
}
