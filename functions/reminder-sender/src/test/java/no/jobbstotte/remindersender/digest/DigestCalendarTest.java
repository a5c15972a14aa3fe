package no.jobbstotte.remindersender.digest;

import static no.jobbstotte.remindersender.digest.DigestFixtures.KARI;
import static no.jobbstotte.remindersender.digest.DigestFixtures.TEMPLATE;
import static no.jobbstotte.remindersender.digest.DigestFixtures.item;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import no.jobbstotte.shared.followup.Party;
import no.jobbstotte.shared.followup.WorkingDays;
import no.jobbstotte.shared.table.placements.DueFollowUp;
import org.junit.jupiter.api.Test;

/** The digest's calendar file, read back by ical4j, a parser that is not ours. */
class DigestCalendarTest {

    private static final WorkingDays DAYS = WorkingDays.norway();
    private static final DigestCalendar CALENDAR = new DigestCalendar(TEMPLATE, DAYS);
    private static final LocalDate MONDAY_28 = LocalDate.of(2026, 12, 28);
    private static final DueFollowUp CHRISTMAS_DAY = item("p-3", "s-1", "Åse Ø.", Party.PARTICIPANT, "2026-12-25",
            "oppfølging i jobb; samtale, også med leder \\ verksted – ærlig talt en svært lang grunn som må brettes");
    private static final DueFollowUp TUESDAY = item("p-5", "s-1", "E", Party.EMPLOYER, "2026-12-29", "jobbsøking");
    private static final DueFollowUp OVERDUE = item("p-2", "s-1", "B", Party.EMPLOYER, "2026-12-24", "utprøving");

    private static String ics(LocalDate day, Instant now, List<DueFollowUp> items) {
        EmailAttachment file = CALENDAR.attachment(DigestBuilder.build(KARI, day, items, DAYS), now);
        assertThat(file.fileName()).isEqualTo("oppfolginger-" + day + ".ics");
        assertThat(file.contentType()).isEqualTo("text/calendar; charset=UTF-8; method=PUBLISH");
        return new String(file.content(), StandardCharsets.UTF_8);
    }

    private static List<VEvent> events(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        calendar.validate();
        return calendar.getComponents(Component.VEVENT);
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElseThrow();
    }

    @Test
    void attachment_oneEventPerFollowUp_onItsEffectiveDate_readByAnotherParser() throws Exception {
        List<VEvent> events = events(ics(MONDAY_28, Instant.parse("2026-12-28T06:00:07Z"),
                List.of(CHRISTMAS_DAY, TUESDAY, OVERDUE)));

        assertThat(events).extracting(e -> value(e, Property.DTSTART)).containsExactly("20261224", "20261228", "20261229");
        assertThat(events).extracting(e -> value(e, Property.DTEND)).containsExactly("20261225", "20261229", "20261230");
        VEvent christmas = events.get(1);
        assertThat(value(christmas, Property.SUMMARY)).isEqualTo("Oppfølging: Deltaker Åse Ø. – " + CHRISTMAS_DAY.reason());
        assertThat(value(christmas, Property.DESCRIPTION)).isEqualTo(
                "Frist mandag 28. desember (planlagt fredag 25. desember).\nSaken: https://fagsystem.example/saker/p-3");
        assertThat(value(christmas, Property.DTSTAMP)).isEqualTo("20261228T060007Z");
        assertThat(value(christmas, Property.SEQUENCE)).isEqualTo("0");
        assertThat(value(christmas, Property.UID)).isEqualTo(DigestCalendar.uid(CHRISTMAS_DAY));
    }

    @Test
    void attachment_nextDaysFile_sameUidsAndEvents_laterStamp() throws Exception {
        List<VEvent> monday = events(ics(MONDAY_28, Instant.parse("2026-12-28T06:00:07Z"), List.of(CHRISTMAS_DAY, TUESDAY)));
        List<VEvent> tuesday = events(ics(MONDAY_28.plusDays(1), Instant.parse("2026-12-29T06:00:02Z"),
                List.of(CHRISTMAS_DAY, TUESDAY)));

        assertThat(tuesday).extracting(e -> value(e, Property.UID))
                .containsExactlyElementsOf(monday.stream().map(e -> value(e, Property.UID)).toList())
                .doesNotHaveDuplicates();
        for (String property : List.of(Property.DTSTART, Property.DTEND, Property.SUMMARY, Property.DESCRIPTION,
                Property.SEQUENCE)) {
            assertThat(tuesday).extracting(e -> value(e, property))
                    .containsExactlyElementsOf(monday.stream().map(e -> value(e, property)).toList());
        }
        assertThat(value(tuesday.get(0), Property.DTSTAMP)).isGreaterThan(value(monday.get(0), Property.DTSTAMP));
    }

    @Test
    void uid_differsByPlacementPartyAndPlanDate() {
        assertThat(List.of(DigestCalendar.uid(TUESDAY),
                DigestCalendar.uid(item("p-6", "s-1", "E", Party.EMPLOYER, "2026-12-29", "jobbsøking")),
                DigestCalendar.uid(item("p-5", "s-1", "E", Party.PARTICIPANT, "2026-12-29", "jobbsøking")),
                DigestCalendar.uid(item("p-5", "s-1", "E", Party.EMPLOYER, "2027-01-05", "jobbsøking"))))
                .doesNotHaveDuplicates().allMatch(uid -> uid.matches("oppfolging-[0-9a-f]{32}@jobbstotte\\.no"));
    }

    @Test
    void render_crlfLinesOfAtMost75Octets_foldedWithoutSplittingACharacter() {
        String ics = ics(MONDAY_28, Instant.parse("2026-12-28T06:00:07Z"), List.of(CHRISTMAS_DAY));

        assertThat(ics).endsWith("\r\n").doesNotContain("\n\n").doesNotContainPattern("[^\r]\n");
        List<String> lines = List.of(ics.split("\r\n"));
        assertThat(lines).allMatch(l -> l.getBytes(StandardCharsets.UTF_8).length <= 75);
        assertThat(lines).anyMatch(l -> l.startsWith(" "));
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded).contains("SUMMARY:Oppfølging: Deltaker Åse Ø. – oppfølging i jobb\\; samtale\\, også med"
                + " leder \\\\ verksted – ærlig talt en svært lang grunn som må brettes\r\n");
        assertThat(ics).doesNotContain("\uFFFD");
    }
}
