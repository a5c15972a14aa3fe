package no.jobbstotte.remindersender.digest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import no.jobbstotte.shared.followup.Party;
import no.jobbstotte.shared.table.placements.DueFollowUp;

/** Norwegian (bokmål) wording and the escaping that both e-mail renderers share. */
final class EmailText {

    static final String PLACEHOLDER = "{placementId}";
    // Spelled out here rather than through DateTimeFormatter with the nb-NO locale: loading the
    // CLDR locale data costs the reminder function's cold start more than any other formatting.
    private static final List<String> DAYS = List.of("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag");
    private static final List<String> MONTHS = List.of("januar", "februar", "mars", "april", "mai", "juni", "juli",
            "august", "september", "oktober", "november", "desember");

    private EmailText() {}

    /** "tirsdag 1. desember". */
    static String date(LocalDate date) {
        return DAYS.get(date.getDayOfWeek().getValue() - 1) + " " + date.getDayOfMonth() + ". "
                + MONTHS.get(date.getMonthValue() - 1);
    }

    /**
     * "Deltaker K.N." or "Arbeidsgiver for K.N."; the case number when the case system gave no
     * participant reference.
     */
    static String who(DueFollowUp item) {
        boolean participant = item.party() == Party.PARTICIPANT;
        return item.participantRef()
                .map(ref -> (participant ? "Deltaker " : "Arbeidsgiver for ") + ref)
                .orElse((participant ? "Deltaker" : "Arbeidsgiver") + " i sak " + item.placementId());
    }

    static String workingDays(int days) {
        return count(days, "arbeidsdag", "arbeidsdager") + " over fristen";
    }

    /** "1 arbeidsdag", "0 arbeidsdager", "2 arbeidsdager": bokmål takes the singular for one only. */
    static String count(int n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }

    /**
     * "Saksmengde: 1 aktivt oppfølgingsløp, anbefalt høyst 20." For placements without a
     * specialist no limit means anything: the line says what the team lead should do instead.
     */
    static String caseload(CaseloadWarning warning) {
        String active = count(warning.activePlacements(), "aktivt oppfølgingsløp", "aktive oppfølgingsløp");
        return warning.unassigned()
                ? "Saksmengde: " + active + " uten aktiv jobbspesialist. Fordel "
                        + (warning.activePlacements() == 1 ? "det" : "dem") + " i teamet."
                : "Saksmengde: " + active + ", anbefalt høyst " + warning.limit() + ".";
    }

    /** The case link: the template with the placement id, encoded as a URL path segment. */
    static String caseUrl(String template, String placementId) {
        String encoded = URLEncoder.encode(placementId, StandardCharsets.UTF_8).replace("+", "%20");
        return template.replace(PLACEHOLDER, encoded);
    }

    static String validTemplate(String template) {
        if (!template.startsWith("https://") || !template.contains(PLACEHOLDER)) {
            throw new IllegalArgumentException("case URL template must be https and contain " + PLACEHOLDER);
        }
        return template;
    }

    /** Escapes text for HTML element content and quoted attribute values. */
    static String html(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
