package no.jobbstotte.shared.followup.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.jobbstotte.shared.batch.InvalidMessageException;
import no.jobbstotte.shared.table.directory.Person;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReminderMessageCodecTest {

    private final ReminderMessageCodec codec = new ReminderMessageCodec();

    @Test
    void parse_contractExample_readsEveryField() {
        ReminderMessage message = codec.parse("""
                {"kind": "specialist", "recipientId": "js-17", "date": "2026-12-01", "scheduledAt": "2026-12-01T06:00:00Z"}
                """);

        assertThat(message).isEqualTo(new ReminderMessage(ReminderKind.SPECIALIST, "js-17",
                LocalDate.parse("2026-12-01"), Instant.parse("2026-12-01T06:00:00Z")));
        assertThat(message.digestKey()).isEqualTo("specialist#js-17#2026-12-01");
    }

    @Test
    void write_teamLead_roundTripsWithWireKind() {
        ReminderMessage message = new ReminderMessage(ReminderKind.TEAM_LEAD, "tl-3", LocalDate.parse("2026-03-30"),
                Instant.parse("2026-03-30T05:00:00Z"));

        String body = codec.write(message);

        assertThat(body).contains("\"kind\":\"team_lead\"");
        assertThat(codec.parse(body)).isEqualTo(message);
        assertThat(message.digestKey()).isEqualTo("team_lead#tl-3#2026-03-30");
    }

    @Test
    void write_fidelity_roundTripsAndIsKeyedByTheIsoWeek() {
        ReminderMessage message = new ReminderMessage(ReminderKind.FIDELITY, "tl-3", LocalDate.parse("2027-03-30"),
                Instant.parse("2027-03-30T05:00:00Z"));

        String body = codec.write(message);

        assertThat(body).contains("\"kind\":\"fidelity\"");
        assertThat(codec.parse(body)).isEqualTo(message);
        assertThat(message.digestKey()).isEqualTo("fidelity#tl-3#2027-W13");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "not json",
        "[]",
        "{\"kind\":\"fax\",\"recipientId\":\"js-1\",\"date\":\"2026-12-01\",\"scheduledAt\":\"2026-12-01T06:00:00Z\"}",
        "{\"kind\":\"specialist\",\"recipientId\":\"js#1\",\"date\":\"2026-12-01\",\"scheduledAt\":\"2026-12-01T06:00:00Z\"}",
        "{\"kind\":\"specialist\",\"recipientId\":\"js-1\",\"date\":\"1.12.2026\",\"scheduledAt\":\"2026-12-01T06:00:00Z\"}",
        "{\"kind\":\"specialist\",\"recipientId\":\"js-1\",\"scheduledAt\":\"2026-12-01T06:00:00Z\"}",
        "{\"kind\":\"specialist\",\"recipientId\":\"js-1\",\"date\":\"2026-12-01\",\"scheduledAt\":\"2026-12-01T06:00:00Z\",\"email\":\"a@b\"}",
        "{\"kind\":\"specialist\",\"recipientId\":17,\"date\":\"2026-12-01\",\"scheduledAt\":\"2026-12-01T06:00:00Z\"}",
        "{\"kind\":\"specialist\",\"recipientId\":\"js-1\",\"date\":\"2026-12-01\",\"scheduledAt\":\"2026-12-01T06:00:00Z\",\"people\":{}}",
        "{\"kind\":\"specialist\",\"recipientId\":\"js-1\",\"date\":\"2026-12-01\",\"scheduledAt\":\"2026-12-01T06:00:00Z\",\"people\":[\"js-1\"]}",
        "{\"kind\":\"specialist\",\"recipientId\":\"js-1\",\"date\":\"2026-12-01\",\"scheduledAt\":\"2026-12-01T06:00:00Z\",\"people\":[{\"personId\":\"js-1\"}]}",
        "{\"kind\":\"specialist\",\"recipientId\":\"js-1\",\"date\":\"2026-12-01\",\"scheduledAt\":\"2026-12-01T06:00:00Z\",\"people\":[{\"personId\":\"js#1\",\"role\":\"SPECIALIST\"}]}",
        "{\"kind\":\"specialist\",\"recipientId\":\"js-1\",\"date\":\"2026-12-01\",\"scheduledAt\":\"2026-12-01T06:00:00Z\",\"people\":[{\"personId\":\"js-1\",\"role\":\"BOSS\"}]}",
        "{\"kind\":\"specialist\",\"recipientId\":\"js-1\",\"date\":\"2026-12-01\",\"scheduledAt\":\"2026-12-01T06:00:00Z\",\"people\":[{\"personId\":\"js-1\",\"role\":\"SPECIALIST\",\"phone\":\"1\"}]}",
        "{\"kind\":\"specialist\",\"recipientId\":\"js-1\",\"date\":\"2026-12-01\",\"scheduledAt\":\"2026-12-01T06:00:00Z\",\"people\":[{\"personId\":\"js-1\",\"role\":\"SPECIALIST\",\"suppressed\":\"yes\"}]}",
        "{\"kind\":\"specialist\",\"recipientId\":\"js-1\",\"date\":\"2026-12-01\",\"scheduledAt\":\"2026-12-01T06:00:00Z\",\"people\":[{\"personId\":\"js-1\",\"role\":\"SPECIALIST\",\"email\":7}]}"
    })
    void parse_bodyThatCanNeverBeValid_isInvalidMessage(String body) {
        assertThatThrownBy(() -> codec.parse(body)).isInstanceOf(InvalidMessageException.class);
    }

    @Test
    void write_withAddressees_roundTripsTheTeamAndWhoIsSuppressed() {
        Person lead = new Person("tl-3", Person.Role.TEAM_LEAD, Optional.of("Tone Leder"), Optional.of("tone@nav.example"),
                Optional.of("team-a"), Optional.empty(), true);
        Person kari = new Person("js-1", Person.Role.SPECIALIST, Optional.of("Kari Nordmann"),
                Optional.of("Kari@nav.example"), Optional.of("team-a"), Optional.of("tl-3"), true);
        Person nameless = new Person("js-2", Person.Role.SPECIALIST, Optional.empty(), Optional.empty(),
                Optional.of("team-a"), Optional.empty(), true);
        ReminderMessage message = new ReminderMessage(ReminderKind.TEAM_LEAD, "tl-3", LocalDate.parse("2026-03-30"),
                Instant.parse("2026-03-30T05:00:00Z")).with(new Addressees(List.of(lead, kari, nameless), Set.of("js-1")));

        ReminderMessage parsed = codec.parse(codec.write(message));

        assertThat(parsed).isEqualTo(message);
        assertThat(parsed.digestKey()).isEqualTo("team_lead#tl-3#2026-03-30");
        Addressees addressees = parsed.addressees().orElseThrow();
        assertThat(addressees.find("tl-3")).contains(lead);
        assertThat(addressees.team("team-a")).containsExactly(lead, kari, nameless);
        assertThat(addressees.isSuppressed(" kari@NAV.example")).isTrue();
        assertThat(addressees.isSuppressed("tone@nav.example")).isFalse();
    }

    @Test
    void parse_messageOfThePreviousVersion_hasNoAddressees() {
        ReminderMessage message = codec.parse("""
                {"kind": "team_lead", "recipientId": "tl-3", "date": "2026-12-01", "scheduledAt": "2026-12-01T06:00:00Z"}
                """);

        assertThat(message.addressees()).isEmpty();
        assertThat(codec.write(message)).doesNotContain("people");
    }

    @Test
    void toString_namesTheDigestNeverThePeople() {
        Person kari = new Person("js-1", Person.Role.SPECIALIST, Optional.of("Kari Nordmann"),
                Optional.of("kari@nav.example"), Optional.of("team-a"), Optional.empty(), true);
        ReminderMessage message = new ReminderMessage(ReminderKind.SPECIALIST, "js-1", LocalDate.parse("2026-03-30"),
                Instant.parse("2026-03-30T05:00:00Z")).with(new Addressees(List.of(kari), Set.of()));

        assertThat(message.toString()).contains("specialist#js-1#2026-03-30").doesNotContain("Kari", "kari@");
    }

    @Test
    void parse_invalid_reasonNamesTheFieldNotTheValue() {
        assertThatThrownBy(() -> codec.parse(
                "{\"kind\":\"specialist\",\"recipientId\":\"kari.nordmann@nav.example#\",\"date\":\"2026-12-01\","
                        + "\"scheduledAt\":\"2026-12-01T06:00:00Z\"}"))
                .isInstanceOf(InvalidMessageException.class)
                .hasMessage("recipientId is not a valid id");
    }
}
