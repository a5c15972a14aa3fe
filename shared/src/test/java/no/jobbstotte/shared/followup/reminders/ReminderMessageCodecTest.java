package no.jobbstotte.shared.followup.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import no.jobbstotte.shared.batch.InvalidMessageException;
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
        "{\"kind\":\"specialist\",\"recipientId\":17,\"date\":\"2026-12-01\",\"scheduledAt\":\"2026-12-01T06:00:00Z\"}"
    })
    void parse_bodyThatCanNeverBeValid_isInvalidMessage(String body) {
        assertThatThrownBy(() -> codec.parse(body)).isInstanceOf(InvalidMessageException.class);
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
