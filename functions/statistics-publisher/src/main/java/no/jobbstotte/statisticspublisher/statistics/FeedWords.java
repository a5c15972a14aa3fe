package no.jobbstotte.statisticspublisher.statistics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** What a feed entry says, in Norwegian: which periods came, for which regions, and that nothing old moved. */
final class FeedWords {

    private FeedWords() {}

    static String title(List<YearMonth> months) {
        return "Nye tall for " + span(months);
    }

    /**
     * The whole country gets every month (placements, volunteers) and the agreements at its end;
     * a quarter's last month brings the quarter, December the year, and with the year the counties
     * and municipalities (see the publisher's README); a quarter locked with fidelity counts brings
     * the IPS quality indicators by county.
     *
     * @param fidelity the last months of the quarters published with IPS fidelity indicators
     */
    static String summary(LocalDate date, List<YearMonth> months, List<YearMonth> fidelity) {
        StringBuilder words = new StringBuilder("Publisert ").append(Period.day(date).label()).append(". Hele landet: ")
                .append(span(months)).append(" (plasseringer og frivillige per måned) og aktive avtaler ved utgangen av ")
                .append(months.size() == 1 ? "måneden" : "hver måned").append('.');
        List<String> quarters = months.stream().filter(m -> m.getMonthValue() % 3 == 0)
                .map(m -> Period.quarter(m.getYear(), m.getMonthValue() / 3).label()).toList();
        if (!quarters.isEmpty()) {
            words.append(" Kvartal: ").append(list(quarters)).append('.');
        }
        List<String> years = months.stream().filter(m -> m.getMonthValue() == 12).map(m -> Integer.toString(m.getYear())).toList();
        if (!years.isEmpty()) {
            words.append(" Året ").append(list(years))
                    .append(" for hele landet, fylker og kommuner (plasseringer, utprøving og frivillige).");
        }
        if (!fidelity.isEmpty()) {
            words.append(" IPS-kvalitet etter fylke: ").append(list(fidelity.stream()
                    .map(m -> Period.quarter(m.getYear(), m.getMonthValue() / 3).label()).toList())).append('.');
        }
        return words.append(" Tall som er publisert før, er uendret.").toString();
    }

    private static String span(List<YearMonth> months) {
        String first = Period.month(months.get(0)).label();
        return months.size() == 1 ? first : first + "–" + Period.month(months.get(months.size() - 1)).label();
    }

    private static String list(List<String> items) {
        return items.size() == 1 ? items.get(0)
                : String.join(", ", items.subList(0, items.size() - 1)) + " og " + items.get(items.size() - 1);
    }
}
