package no.jobbstotte.remindersender.digest;

import static no.jobbstotte.remindersender.digest.DigestFixtures.ALL;
import static no.jobbstotte.remindersender.digest.DigestFixtures.KARI;
import static no.jobbstotte.remindersender.digest.DigestFixtures.MONDAY;
import static no.jobbstotte.remindersender.digest.DigestFixtures.TEMPLATE;
import static no.jobbstotte.remindersender.digest.DigestFixtures.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import no.jobbstotte.shared.followup.Party;
import no.jobbstotte.shared.followup.WorkingDays;
import org.junit.jupiter.api.Test;
import no.jobbstotte.shared.table.placements.DueFollowUp;

class DigestEmailRendererTest {

    private static final DigestEmailRenderer RENDERER = new DigestEmailRenderer(TEMPLATE, WorkingDays.norway());

    private static RenderedEmail render(List<DueFollowUp> items) {
        return RENDERER.render(DigestBuilder.build(KARI, MONDAY, items, WorkingDays.norway()));
    }

    @Test
    void render_placementInJobSearch_employerContactLinkBesideItsItem_noneForOthers() {
        DueFollowUp searching = new DueFollowUp("p-4", "s-1", Optional.of("A"), Party.PARTICIPANT,
                java.time.LocalDate.parse("2026-11-30"), "jobbsøking", true);
        DueFollowUp hired = item("p-1", "s-1", "K.N.", Party.EMPLOYER, "2026-11-30", "oppfølging av arbeidsgiver");
        ActionUrls urls = (item, action) -> Optional.of("https://jobbstotte.example/" + action + "/" + item.placementId());

        RenderedEmail email = RENDERER.render(DigestBuilder.build(KARI, MONDAY, List.of(searching, hired),
                WorkingDays.norway()), urls);

        assertThat(email.text()).contains("  Utsett: https://jobbstotte.example/POSTPONE/p-4\n"
                + "  Registrer arbeidsgiverkontakt: https://jobbstotte.example/EMPLOYER_CONTACT/p-4\n")
                .doesNotContain("EMPLOYER_CONTACT/p-1");
        assertThat(email.html()).contains(" · <a href=\"https://jobbstotte.example/EMPLOYER_CONTACT/p-4\">"
                + "Registrer arbeidsgiverkontakt</a></li>").doesNotContain("EMPLOYER_CONTACT/p-1");
    }

    @Test
    void render_monday_subjectCountsOverdueAndToday() {
        assertThat(render(ALL).subject()).isEqualTo("Oppfølginger i dag: 2 forfalt, 2 i dag");
    }

    @Test
    void render_monday_exactPlainText() {
        assertThat(render(ALL).text()).isEqualTo("""
                Hei Kari Nordmann,

                Her er oppfølgingene dine for mandag 30. november.

                Forfalt (2)
                - Deltaker K.N.: oppfølging i jobb, frist fredag 20. november, 6 arbeidsdager over fristen
                  https://fagsystem.example/saker/p-1
                - Arbeidsgiver i sak p-2: utprøving, frist fredag 27. november, 1 arbeidsdag over fristen
                  https://fagsystem.example/saker/p-2

                I dag (2)
                - Deltaker Ola: utprøving, frist mandag 30. november (planlagt lørdag 28. november)
                  https://fagsystem.example/saker/p-3
                - Arbeidsgiver for K.N.: oppfølging av arbeidsgiver, frist mandag 30. november
                  https://fagsystem.example/saker/p-1

                Resten av uken (1)
                - Deltaker A: jobbsøking, frist torsdag 3. desember
                  https://fagsystem.example/saker/p-4

                Denne e-posten er sendt automatisk fra Jobbstøtte. Ikke svar på den.
                """);
    }

    @Test
    void render_monday_exactHtml() {
        assertThat(render(ALL).html()).isEqualTo("""
                <!DOCTYPE html>
                <html lang="nb">
                <head><meta charset="utf-8"><title>Oppfølginger i dag: 2 forfalt, 2 i dag</title></head>
                <body>
                <p>Hei Kari Nordmann,</p>
                <p>Her er oppfølgingene dine for mandag 30. november.</p>
                <h2>Forfalt (2)</h2>
                <ul>
                <li><a href="https://fagsystem.example/saker/p-1">Deltaker K.N.</a>: oppfølging i jobb, frist fredag 20. november, 6 arbeidsdager over fristen</li>
                <li><a href="https://fagsystem.example/saker/p-2">Arbeidsgiver i sak p-2</a>: utprøving, frist fredag 27. november, 1 arbeidsdag over fristen</li>
                </ul>
                <h2>I dag (2)</h2>
                <ul>
                <li><a href="https://fagsystem.example/saker/p-3">Deltaker Ola</a>: utprøving, frist mandag 30. november (planlagt lørdag 28. november)</li>
                <li><a href="https://fagsystem.example/saker/p-1">Arbeidsgiver for K.N.</a>: oppfølging av arbeidsgiver, frist mandag 30. november</li>
                </ul>
                <h2>Resten av uken (1)</h2>
                <ul>
                <li><a href="https://fagsystem.example/saker/p-4">Deltaker A</a>: jobbsøking, frist torsdag 3. desember</li>
                </ul>
                <p>Denne e-posten er sendt automatisk fra Jobbstøtte. Ikke svar på den.</p>
                </body>
                </html>
                """);
    }

    @Test
    void render_onlyDueToday_emptySectionsLeftOut() {
        RenderedEmail email = render(List.of(DigestFixtures.DUE_TODAY));

        assertThat(email.subject()).isEqualTo("Oppfølginger i dag: 0 forfalt, 1 i dag");
        assertThat(email.text()).doesNotContain("Forfalt").doesNotContain("Resten av uken");
        assertThat(email.html()).doesNotContain("<h2>Forfalt").containsOnlyOnce("<ul>");
    }

    @Test
    void render_scriptInParticipantRef_escapedInHtmlOnly() {
        DueFollowUp hostile = item("p-1", "s-1", "<script>alert('x')</script>", Party.PARTICIPANT,
                "2026-11-30", "utprøving");

        RenderedEmail email = render(List.of(hostile));

        assertThat(email.html())
                .contains("<a href=\"https://fagsystem.example/saker/p-1\">Deltaker "
                        + "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</a>")
                .doesNotContain("<script>");
        assertThat(email.text()).contains("- Deltaker <script>alert('x')</script>: utprøving");
    }

    @Test
    void render_markupInSpecialistNameAndReason_escaped() {
        JobSpecialist odd = new JobSpecialist("s-1", "Kari & \"Co\"", "k@nav.example", "t-1", "l-1");
        DueFollowUp item = item("p-1", "s-1", null, Party.EMPLOYER, "2026-11-30", "<b>viktig</b>");

        String html = RENDERER.render(DigestBuilder.build(odd, MONDAY, List.of(item), WorkingDays.norway())).html();

        assertThat(html).contains("<p>Hei Kari &amp; &quot;Co&quot;,</p>")
                .contains(": &lt;b&gt;viktig&lt;/b&gt;, frist mandag 30. november</li>");
    }

    @Test
    void render_placementIdWithReservedCharacters_urlEncodedAndEscaped() {
        DueFollowUp item = item("p 1/ø&x", "s-1", "K", Party.PARTICIPANT, "2026-11-30", "utprøving");

        RenderedEmail email = render(List.of(item));

        assertThat(email.text()).contains("  https://fagsystem.example/saker/p%201%2F%C3%B8%26x\n");
        assertThat(email.html()).contains("<a href=\"https://fagsystem.example/saker/p%201%2F%C3%B8%26x\">");
    }

    @Test
    void new_templateWithoutPlaceholder_rejected() {
        assertThatThrownBy(() -> new DigestEmailRenderer("https://fagsystem.example/saker/", WorkingDays.norway()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void new_plainHttpTemplate_rejected() {
        assertThatThrownBy(() -> new DigestEmailRenderer("http://fagsystem.example/saker/{placementId}", WorkingDays.norway()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
