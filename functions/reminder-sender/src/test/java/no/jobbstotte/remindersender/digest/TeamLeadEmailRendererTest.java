package no.jobbstotte.remindersender.digest;

import static no.jobbstotte.remindersender.digest.DigestFixtures.ALL;
import static no.jobbstotte.remindersender.digest.DigestFixtures.KARI;
import static no.jobbstotte.remindersender.digest.DigestFixtures.LISE;
import static no.jobbstotte.remindersender.digest.DigestFixtures.MONDAY;
import static no.jobbstotte.remindersender.digest.DigestFixtures.PER;
import static no.jobbstotte.remindersender.digest.DigestFixtures.TEMPLATE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import no.jobbstotte.shared.followup.WorkingDays;
import org.junit.jupiter.api.Test;

class TeamLeadEmailRendererTest {

    private static final TeamLeadEmailRenderer RENDERER = new TeamLeadEmailRenderer(TEMPLATE, WorkingDays.norway());

    private static TeamLeadDigest digest() {
        List<OverdueItem> karis = Escalation.select(
                ALL.stream().filter(i -> i.specialistId().equals("s-1")).toList(), MONDAY, 5, WorkingDays.norway());
        return new TeamLeadDigest(LISE, MONDAY, 5, List.of(
                new TeamLeadDigest.Section(KARI, karis, CaseloadWarning.check("s-1", 23, 20)),
                new TeamLeadDigest.Section(PER, List.of(), CaseloadWarning.check("s-2", 21, 20)),
                new TeamLeadDigest.Section(new JobSpecialist("s-3", "Ida", "ida@nav.example", "t-1", "l-1"),
                        List.of(), CaseloadWarning.check("s-3", 12, 20))));
    }

    @Test
    void teamLeadDigest_specialistWithNothingToReport_leftOut() {
        assertThat(digest().sections()).extracting(s -> s.specialist().specialistId()).containsExactly("s-1", "s-2");
        assertThat(digest().escalationCount()).isEqualTo(1);
        assertThat(digest().caseloadWarningCount()).isEqualTo(2);
    }

    @Test
    void render_escalationsAndWarnings_subjectWithSingularAndPlural() {
        assertThat(RENDERER.render(digest()).subject())
                .isEqualTo("Teamoversikt: 1 oppfølging over fristen, 2 varsler om saksmengde");
    }

    @Test
    void render_escalationsAndWarnings_exactPlainText() {
        assertThat(RENDERER.render(digest()).text()).isEqualTo("""
                Hei Lise Leder,

                Her er teamoversikten for mandag 30. november.

                Kari Nordmann
                Saksmengde: 23 aktive oppfølgingsløp, anbefalt høyst 20.
                Mer enn 5 arbeidsdager over fristen (1):
                - Deltaker K.N.: oppfølging i jobb, frist fredag 20. november, 6 arbeidsdager over fristen
                  https://fagsystem.example/saker/p-1

                Per Hansen
                Saksmengde: 21 aktive oppfølgingsløp, anbefalt høyst 20.

                Denne e-posten er sendt automatisk fra Jobbstøtte. Ikke svar på den.
                """);
    }

    @Test
    void render_escalationsAndWarnings_exactHtml() {
        assertThat(RENDERER.render(digest()).html()).isEqualTo("""
                <!DOCTYPE html>
                <html lang="nb">
                <head><meta charset="utf-8"><title>Teamoversikt: 1 oppfølging over fristen, 2 varsler om saksmengde</title></head>
                <body>
                <p>Hei Lise Leder,</p>
                <p>Her er teamoversikten for mandag 30. november.</p>
                <h2>Kari Nordmann</h2>
                <p>Saksmengde: 23 aktive oppfølgingsløp, anbefalt høyst 20.</p>
                <p>Mer enn 5 arbeidsdager over fristen (1):</p>
                <ul>
                <li><a href="https://fagsystem.example/saker/p-1">Deltaker K.N.</a>: oppfølging i jobb, frist fredag 20. november, 6 arbeidsdager over fristen</li>
                </ul>
                <h2>Per Hansen</h2>
                <p>Saksmengde: 21 aktive oppfølgingsløp, anbefalt høyst 20.</p>
                <p>Denne e-posten er sendt automatisk fra Jobbstøtte. Ikke svar på den.</p>
                </body>
                </html>
                """);
    }

    @Test
    void render_specialistNameWithMarkup_escaped() {
        JobSpecialist odd = new JobSpecialist("s-4", "<i>Ola</i>", "ola@nav.example", "t-1", "l-1");
        TeamLeadDigest digest = new TeamLeadDigest(LISE, MONDAY, 5, List.of(
                new TeamLeadDigest.Section(odd, List.of(), Optional.of(new CaseloadWarning("s-4", 25, 20)))));

        assertThat(RENDERER.render(digest).html()).contains("<h2>&lt;i&gt;Ola&lt;/i&gt;</h2>");
    }
}
