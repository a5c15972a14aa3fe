package no.jobbstotte.volunteerdigest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.jobbstotte.shared.domain.Municipalities;
import no.jobbstotte.shared.table.volunteers.NewVolunteer;
import no.jobbstotte.shared.volunteer.Availability;
import no.jobbstotte.shared.volunteer.Interest;
import org.junit.jupiter.api.Test;

class DigestMailTest {

    @Test
    void text_listsFirstNameMunicipalityInterestsAndReference_groupedByMunicipality() {
        List<NewVolunteer> volunteers = List.of(
                new NewVolunteer("id-1", "Kari", "0301", List.of(Interest.TRIPS, Interest.MENTORING), List.of(Availability.WEEKENDS), "count-1"),
                new NewVolunteer("id-2", "Per", "4601", List.of(Interest.SPORTS), List.of(), "count-2"));

        String text = DigestMail.text(LocalDate.of(2026, 1, 5), volunteers, Municipalities.bundled());

        assertThat(text).contains("05.01.2026").contains("Oslo (0301):\n- Kari – interesser: Turer og utflukter, "
                + "Mentor for en arbeidstaker – kan: Helger (ref. id-1)").contains("Bergen (4601):\n- Per – interesser: Idrett og trening (ref. id-2)");
        assertThat(text.indexOf("Oslo")).isLessThan(text.indexOf("Bergen"));
        assertThat(DigestMail.subject(LocalDate.of(2026, 1, 5), 2)).isEqualTo("2 nye frivillige 05.01.2026");
        assertThat(DigestMail.subject(LocalDate.of(2026, 1, 5), 1)).isEqualTo("1 ny frivillig 05.01.2026");
    }

    @Test
    void reportedDay_isTheOsloDayBeforeTheScheduledTime_acrossDaylightSaving() {
        assertThat(VolunteerDigestService.reportedDay(Instant.parse("2026-01-06T07:00:00Z"))).isEqualTo("2026-01-05");
        assertThat(VolunteerDigestService.reportedDay(Instant.parse("2026-03-30T06:00:00Z"))).isEqualTo("2026-03-29");
        assertThat(VolunteerDigestService.reportedDay(Instant.parse("2026-01-05T23:30:00Z"))).isEqualTo("2026-01-05");
    }
}
