package no.jobbstotte.remindersender.digest;

import static no.jobbstotte.remindersender.digest.DigestFixtures.LISE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import no.jobbstotte.shared.fidelity.FidelityFigures;
import no.jobbstotte.shared.fidelity.IpsItem;
import no.jobbstotte.shared.fidelity.ItemFigure;
import no.jobbstotte.shared.followup.reminders.FidelityWeek;
import org.junit.jupiter.api.Test;

class FidelityEmailRendererTest {

    private static final FidelityEmailRenderer RENDERER = new FidelityEmailRenderer("https://jobbstotte.example/ips-skalaen");
    /** Sent Tuesday 30 March 2027 (Easter Monday before it): reports on week 12, compares with week 8. */
    private static final FidelityWeek EASTER_WEEK = FidelityWeek.of(LocalDate.parse("2027-03-30"));

    private static FidelityFigures figures(double caseload, double days, double contacts, double followed) {
        return new FidelityFigures(List.of(ItemFigure.of(IpsItem.CASELOAD_SIZE, caseload, 2),
                ItemFigure.of(IpsItem.RAPID_JOB_SEARCH, days, 5), ItemFigure.of(IpsItem.EMPLOYER_CONTACT, contacts, 2),
                ItemFigure.of(IpsItem.FOLLOW_ALONG, followed, 4)));
    }

    private static FidelityFigures nothingToMeasure() {
        return new FidelityFigures(List.of(ItemFigure.empty(IpsItem.CASELOAD_SIZE),
                ItemFigure.empty(IpsItem.RAPID_JOB_SEARCH), ItemFigure.empty(IpsItem.EMPLOYER_CONTACT),
                ItemFigure.empty(IpsItem.FOLLOW_ALONG)));
    }

    private static FidelityReport report() {
        return new FidelityReport(LISE, EASTER_WEEK,
                new FidelityReport.Row("Teamet", figures(22.5, 41.6, 2.25, 0.75), figures(20, 41.6, 3, 0.5)),
                List.of(new FidelityReport.Row("Kari <Nordmann>", figures(25, 12, 4.5, 1), nothingToMeasure())));
    }

    @Test
    void render_knownFigures_eachItemWithItsScoreBesideTheFigureAndTheChangeBetweenTheFiguresShown() {
        RenderedEmail email = RENDERER.render(report());

        assertThat(email.subject()).isEqualTo("IPS-tall for teamet, uke 12");
        assertThat(email.text()).contains(
                "Her er teamets IPS-tall for uke 12 (mandag 22. mars til søndag 28. mars). Bak hvert tall står skåren"
                        + " på IPS-skalaen, og til sammenligning tallet for uke 8, fire uker tidligere.",
                "Teamet (1 jobbspesialist)\n"
                        + "Saksmengde: 22,5 deltakere per jobbspesialist, skår 4 av 5. Uke 8: 20,0, skår 5 (endring +2,5).\n"
                        + "Rask jobbsøking: 42 dager til første arbeidsgiverkontakt, skår 4 av 5. Uke 8: 42, skår 4 (uendret).\n"
                        + "Arbeidsgiverkontakt: 2,3 møter med arbeidsgivere per uke, skår 2 av 5. Uke 8: 3,0, skår 3 (endring −0,7).\n"
                        + "Tidsubegrenset oppfølging: 75 % fulgt opp siste 90 dager, skår 4 av 5. Uke 8: 50 %, skår 3"
                        + " (endring +25 %).\n",
                "Kari <Nordmann>\n"
                        + "Saksmengde: 25,0 deltakere per jobbspesialist, skår 4 av 5. Uke 8: ingen å måle.\n",
                "- IPS-skalaen: hva tallene og skårene betyr\n  https://jobbstotte.example/ips-skalaen");
    }

    @Test
    void render_html_escapesNamesAndLinksTheScale() {
        String html = RENDERER.render(report()).html();

        assertThat(html).contains("<h2>Kari &lt;Nordmann&gt;</h2>",
                "<a href=\"https://jobbstotte.example/ips-skalaen\">IPS-skalaen</a>").doesNotContain("<Nordmann>");
    }

    @Test
    void new_scaleUrlNotHttps_isRejected() {
        assertThatThrownBy(() -> new FidelityEmailRenderer("http://jobbstotte.example/ips-skalaen"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
