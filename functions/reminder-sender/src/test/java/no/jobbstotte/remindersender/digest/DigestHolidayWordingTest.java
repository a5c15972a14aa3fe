package no.jobbstotte.remindersender.digest;

import static no.jobbstotte.remindersender.digest.DigestFixtures.KARI;
import static no.jobbstotte.remindersender.digest.DigestFixtures.LISE;
import static no.jobbstotte.remindersender.digest.DigestFixtures.TEMPLATE;
import static no.jobbstotte.remindersender.digest.DigestFixtures.item;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.jobbstotte.shared.followup.Party;
import no.jobbstotte.shared.followup.WorkingDays;
import no.jobbstotte.shared.table.placements.DueFollowUp;
import org.junit.jupiter.api.Test;

/**
 * The dates a specialist reads over Christmas 2026 (25 December on a Friday) and Easter 2027
 * (Maundy Thursday 25 March to Easter Monday 29 March, DST starting on Easter Sunday): every
 * deadline is the working day the scheduler counts from, with the plan date after it.
 */
class DigestHolidayWordingTest {

    private static final WorkingDays DAYS = WorkingDays.norway();
    private static final DigestEmailRenderer RENDERER = new DigestEmailRenderer(TEMPLATE, DAYS);

    private static final DueFollowUp WEDNESDAY_23 = item("p-1", "s-1", "A", Party.PARTICIPANT, "2026-12-23", "jobbsøking");
    private static final DueFollowUp CHRISTMAS_EVE = item("p-2", "s-1", "B", Party.EMPLOYER, "2026-12-24", "utprøving");
    private static final DueFollowUp CHRISTMAS_DAY = item("p-3", "s-1", "C", Party.PARTICIPANT, "2026-12-25", "oppfølging i jobb");
    private static final DueFollowUp BOXING_DAY = item("p-4", "s-1", "D", Party.EMPLOYER, "2026-12-26", "oppfølging av arbeidsgiver");
    private static final DueFollowUp TUESDAY_29 = item("p-5", "s-1", "E", Party.PARTICIPANT, "2026-12-29", "jobbsøking");
    private static final List<DueFollowUp> CHRISTMAS = List.of(WEDNESDAY_23, CHRISTMAS_EVE, CHRISTMAS_DAY, BOXING_DAY,
            TUESDAY_29);

    private static String text(LocalDate today, List<DueFollowUp> items) {
        return RENDERER.render(DigestBuilder.build(KARI, today, items, DAYS)).text();
    }

    @Test
    void wednesday23December_restOfWeekHoldsChristmasEveOnly_theHolidayDeadlinesAreMondays() {
        String text = text(LocalDate.of(2026, 12, 23), CHRISTMAS);

        assertThat(text).contains("""
                Resten av uken (1)
                - Arbeidsgiver for B: utprøving, frist torsdag 24. desember
                """).doesNotContain("25. desember").doesNotContain("26. desember");
    }

    @Test
    void monday28December_holidayAndWeekendDeadlinesAreDueToday_withThePlanDateInParentheses() {
        assertThat(text(LocalDate.of(2026, 12, 28), CHRISTMAS.subList(1, 5))).isEqualTo("""
                Hei Kari Nordmann,

                Her er oppfølgingene dine for mandag 28. desember.

                Forfalt (1)
                - Arbeidsgiver for B: utprøving, frist torsdag 24. desember, 1 arbeidsdag over fristen
                  https://fagsystem.example/saker/p-2

                I dag (2)
                - Deltaker C: oppfølging i jobb, frist mandag 28. desember (planlagt fredag 25. desember)
                  https://fagsystem.example/saker/p-3
                - Arbeidsgiver for D: oppfølging av arbeidsgiver, frist mandag 28. desember (planlagt lørdag 26. desember)
                  https://fagsystem.example/saker/p-4

                Resten av uken (1)
                - Deltaker E: jobbsøking, frist tirsdag 29. desember
                  https://fagsystem.example/saker/p-5

                Denne e-posten er sendt automatisk fra Jobbstøtte. Ikke svar på den.
                """);
    }

    @Test
    void easterWeek_holidayDeadlinesMoveToTuesdayAfterEaster_notIntoTheWeekBefore() {
        DueFollowUp wednesday = item("p-1", "s-1", "A", Party.PARTICIPANT, "2027-03-24", "jobbsøking");
        DueFollowUp maundyThursday = item("p-2", "s-1", "B", Party.EMPLOYER, "2027-03-25", "utprøving");
        DueFollowUp goodFriday = item("p-3", "s-1", "C", Party.PARTICIPANT, "2027-03-26", "oppfølging i jobb");
        DueFollowUp easterMonday = item("p-4", "s-1", "D", Party.PARTICIPANT, "2027-03-29", "jobbsøking");
        DueFollowUp monday22 = item("p-5", "s-1", "E", Party.EMPLOYER, "2027-03-22", "jobbsøking");
        List<DueFollowUp> easter = List.of(wednesday, maundyThursday, goodFriday, easterMonday, monday22);

        assertThat(text(LocalDate.of(2027, 3, 22), easter)).contains("""
                Resten av uken (1)
                - Deltaker A: jobbsøking, frist onsdag 24. mars
                """).doesNotContain("25. mars").doesNotContain("26. mars");
        assertThat(text(LocalDate.of(2027, 3, 30), easter.subList(1, 4))).contains("""
                I dag (3)
                - Arbeidsgiver for B: utprøving, frist tirsdag 30. mars (planlagt torsdag 25. mars)
                  https://fagsystem.example/saker/p-2
                - Deltaker C: oppfølging i jobb, frist tirsdag 30. mars (planlagt fredag 26. mars)
                  https://fagsystem.example/saker/p-3
                - Deltaker D: jobbsøking, frist tirsdag 30. mars (planlagt mandag 29. mars)
                """).doesNotContain("Forfalt");
    }

    @Test
    void teamLead_oneActivePlacement_singular_andPlacementsWithoutSpecialist_noLimit() {
        TeamLeadEmailRenderer renderer = new TeamLeadEmailRenderer(TEMPLATE, DAYS);
        JobSpecialist nobody = new JobSpecialist("orphans#t-1", "Uten aktiv jobbspesialist", "lise@nav.example",
                "t-1", "l-1");
        TeamLeadDigest one = new TeamLeadDigest(LISE, LocalDate.of(2026, 12, 28), 1, List.of(
                new TeamLeadDigest.Section(KARI, List.of(new OverdueItem(CHRISTMAS_EVE, 2)),
                        CaseloadWarning.check("s-1", 1, 0)),
                new TeamLeadDigest.Section(nobody, List.of(), CaseloadWarning.unassigned(nobody.specialistId(), 1))));
        TeamLeadDigest three = new TeamLeadDigest(LISE, LocalDate.of(2026, 12, 28), 5, List.of(
                new TeamLeadDigest.Section(nobody, List.of(), CaseloadWarning.unassigned(nobody.specialistId(), 3))));

        assertThat(renderer.render(one).text())
                .contains("Saksmengde: 1 aktivt oppfølgingsløp, anbefalt høyst 0.")
                .contains("Mer enn 1 arbeidsdag over fristen (1):")
                .contains("Saksmengde: 1 aktivt oppfølgingsløp uten aktiv jobbspesialist. Fordel det i teamet.");
        assertThat(renderer.render(three).text())
                .contains("Saksmengde: 3 aktive oppfølgingsløp uten aktiv jobbspesialist. Fordel dem i teamet.")
                .doesNotContain("anbefalt høyst");
        assertThat(CaseloadWarning.unassigned("orphans#t-1", 0)).isEqualTo(Optional.empty());
    }
}
