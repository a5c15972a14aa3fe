package no.jobbstotte.remindersender.digest;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Locale;
import no.jobbstotte.shared.fidelity.IpsItem;
import no.jobbstotte.shared.fidelity.ItemFigure;

/**
 * The team lead's weekly fidelity mail: per IPS item the raw figure with its score (1-5) and the
 * same of four weeks earlier, for the team and for each specialist. Figures and names only: the
 * mail says nothing about any participant.
 */
public final class FidelityEmailRenderer {

    static final String SCALE_LINK_LABEL = "IPS-skalaen";

    private final String scaleUrl;

    /** @param scaleUrl the page explaining the IPS scale and what the scores mean */
    public FidelityEmailRenderer(String scaleUrl) {
        if (!scaleUrl.startsWith("https://")) {
            throw new IllegalArgumentException("the IPS scale URL must be https");
        }
        this.scaleUrl = scaleUrl;
    }

    /** Subject e.g. "IPS-tall for teamet, uke 49". */
    public RenderedEmail render(FidelityReport report) {
        int week = weekNumber(report.weekEnding());
        EmailBuilder email = new EmailBuilder()
                .paragraph("Hei " + report.teamLead().displayName() + ",")
                .paragraph("Her er teamets IPS-tall for uke " + week + " ("
                        + EmailText.date(report.weekEnding().minusDays(6)) + " til " + EmailText.date(report.weekEnding())
                        + "). Bak hvert tall står skåren på IPS-skalaen, og til sammenligning tallet for uke "
                        + weekNumber(report.comparedWeekEnding()) + ", fire uker tidligere.");
        section(email, report.team().name() + " ("
                + EmailText.count(report.specialists().size(), "jobbspesialist", "jobbspesialister") + ")",
                report.team(), report);
        for (FidelityReport.Row specialist : report.specialists()) {
            section(email, specialist.name(), specialist, report);
        }
        email.paragraph("Skåren går fra 1 (langt fra IPS-modellen) til 5 (i tråd med modellen). Saksmengde er"
                        + " aktive deltakere per jobbspesialist, rask jobbsøking dager fra henvisning til første"
                        + " arbeidsgiverkontakt ansikt til ansikt, arbeidsgiverkontakt møter med arbeidsgivere per"
                        + " uke (snitt over fire uker) og tidsubegrenset oppfølging andelen i jobb som er fulgt opp"
                        + " siste 90 dager.")
                .list(List.of(new EmailBuilder.Line(SCALE_LINK_LABEL, "hva tallene og skårene betyr", scaleUrl)));
        return email.build("IPS-tall for teamet, uke " + week);
    }

    private static void section(EmailBuilder email, String heading, FidelityReport.Row row, FidelityReport report) {
        email.heading(heading);
        String earlier = "Uke " + weekNumber(report.comparedWeekEnding()) + ": ";
        for (IpsItem item : IpsItem.values()) {
            ItemFigure now = row.now().item(item);
            ItemFigure before = row.before().item(item);
            email.line(label(item) + ": " + scored(now, true) + ". " + earlier + scored(before, false)
                    + change(now, before) + ".");
        }
        email.endSection();
    }

    /**
     * "22,3 deltakere per jobbspesialist, skår 4 av 5" ({@code withUnit}) or "22,3, skår 4", or that
     * there was nothing to measure.
     */
    private static String scored(ItemFigure figure, boolean withUnit) {
        if (figure.figure().isEmpty()) {
            return "ingen å måle";
        }
        double value = figure.figure().getAsDouble();
        return (withUnit ? figure(figure.item(), value) : number(figure.item(), value)) + ", skår "
                + figure.score().getAsInt() + (withUnit ? " av 5" : "");
    }

    private static String change(ItemFigure now, ItemFigure before) {
        if (now.figure().isEmpty() || before.figure().isEmpty()) {
            return "";
        }
        // Between the figures as shown, so the change adds up with what the reader sees.
        double delta = shown(now.item(), now.figure().getAsDouble()) - shown(now.item(), before.figure().getAsDouble());
        String amount = number(now.item(), Math.abs(delta));
        if (amount.equals(number(now.item(), 0))) {
            return " (uendret)";
        }
        return " (endring " + (delta > 0 ? "+" : "−") + amount + ")";
    }

    private static String label(IpsItem item) {
        return switch (item) {
            case CASELOAD_SIZE -> "Saksmengde";
            case RAPID_JOB_SEARCH -> "Rask jobbsøking";
            case EMPLOYER_CONTACT -> "Arbeidsgiverkontakt";
            case FOLLOW_ALONG -> "Tidsubegrenset oppfølging";
        };
    }

    /** The raw figure in its unit, as the scale's anchors read it. */
    private static String figure(IpsItem item, double value) {
        return switch (item) {
            case CASELOAD_SIZE -> number(item, value) + " deltakere per jobbspesialist";
            case RAPID_JOB_SEARCH -> number(item, value) + " dager til første arbeidsgiverkontakt";
            case EMPLOYER_CONTACT -> number(item, value) + " møter med arbeidsgivere per uke";
            case FOLLOW_ALONG -> number(item, value) + " fulgt opp siste 90 dager";
        };
    }

    /** Decimal comma, as Norwegian writes it; days whole, shares in whole percent, the rest to one decimal. */
    private static String number(IpsItem item, double value) {
        double shown = shown(item, value);
        return switch (item) {
            case RAPID_JOB_SEARCH -> Long.toString(Math.round(shown));
            case FOLLOW_ALONG -> Math.round(shown * 100) + " %";
            case CASELOAD_SIZE, EMPLOYER_CONTACT -> String.format(Locale.ROOT, "%.1f", shown).replace('.', ',');
        };
    }

    /** The figure rounded as the mail shows it (half up). */
    private static double shown(IpsItem item, double value) {
        return switch (item) {
            case RAPID_JOB_SEARCH -> Math.round(value);
            case FOLLOW_ALONG -> Math.round(value * 100) / 100.0;
            case CASELOAD_SIZE, EMPLOYER_CONTACT -> Math.round(value * 10) / 10.0;
        };
    }

    private static int weekNumber(LocalDate date) {
        return date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }
}
