package no.jobbstotte.statisticspublisher;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.jobbstotte.shared.table.agreements.AgreementTerm;
import no.jobbstotte.shared.table.placements.PlacementMilestones;
import no.jobbstotte.statisticspublisher.statistics.Geography;
import no.jobbstotte.statisticspublisher.statistics.Region;

/**
 * The true count behind every published cell ({@code measure|region|period}), counted straight
 * from the tables as they stood on a night, independently of the publisher: the intruder's
 * attacks are judged against these.
 */
final class TrueCounts {

    private TrueCounts() {}

    /** Every count the tables give on {@code night}, for the days (agreement snapshots) asked for. */
    static Map<String, Long> of(RandomHistory history, LocalDate night, Geography geography, List<LocalDate> days) {
        return of(history.placements(), history.volunteers(), history.agreements(), night, geography, days);
    }

    /** @param volunteers confirmed volunteers by {@code municipality|yyyy-MM} */
    static Map<String, Long> of(List<PlacementMilestones> placements, Map<String, Long> volunteers,
            List<AgreementTerm> agreements, LocalDate night, Geography geography, List<LocalDate> days) {
        Map<String, Long> counts = new HashMap<>();
        for (PlacementMilestones p : placements) {
            LocalDate hired = counted(p.hiredOn(), night);
            LocalDate ended = counted(p.endedOn(), night);
            boolean trial = counted(p.trialStartedOn(), night) != null;
            add(counts, geography, p.municipalityNumber(), "henviste", counted(p.referredOn(), night));
            add(counts, geography, p.municipalityNumber(), "startet_utproving", counted(p.trialStartedOn(), night));
            if (hired != null) {
                add(counts, geography, p.municipalityNumber(), "ansatt", hired);
                add(counts, geography, p.municipalityNumber(), trial ? "ansatt_etter_utproving" : "ansatt_uten_utproving", hired);
            } else if (ended != null) {
                add(counts, geography, p.municipalityNumber(), "avsluttet_uten_jobb", ended);
                add(counts, geography, p.municipalityNumber(),
                        trial ? "avsluttet_etter_utproving" : "avsluttet_for_utproving", ended);
            }
        }
        volunteers.forEach((key, count) -> {
            YearMonth month = YearMonth.parse(key.substring(key.indexOf('|') + 1));
            if (!month.isAfter(YearMonth.from(night))) {
                for (String period : periods(month.atDay(1))) {
                    for (String region : regions(geography, key.substring(0, key.indexOf('|')))) {
                        counts.merge("frivillige|" + region + "|" + period, count, Long::sum);
                    }
                }
            }
        });
        for (LocalDate day : days) {
            for (AgreementTerm term : agreements) {
                if (term.activeOn(day)) {
                    for (String region : regions(geography, term.municipalityNumber())) {
                        counts.merge("aktive_avtaler|" + region + "|" + day, 1L, Long::sum);
                    }
                }
            }
        }
        return counts;
    }

    private static LocalDate counted(LocalDate date, LocalDate night) {
        return date == null || date.isAfter(night) ? null : date;
    }

    private static void add(Map<String, Long> counts, Geography geography, String municipality, String measure, LocalDate date) {
        if (date == null) {
            return;
        }
        for (String period : periods(date)) {
            for (String region : regions(geography, municipality)) {
                counts.merge(measure + "|" + region + "|" + period, 1L, Long::sum);
            }
        }
    }

    /** Year, quarter and month ids of a date, as published ({@code 2026}, {@code 2026K4}, {@code 2026M11}). */
    static List<String> periods(LocalDate date) {
        int month = date.getMonthValue();
        return List.of(Integer.toString(date.getYear()), date.getYear() + "K" + ((month - 1) / 3 + 1),
                date.getYear() + (month < 10 ? "M0" : "M") + month);
    }

    /** The municipality's code and every region above it. */
    private static List<String> regions(Geography geography, String municipality) {
        List<String> codes = new ArrayList<>();
        for (int r = geography.municipality(municipality); r != Region.NONE; r = geography.get(r).parent()) {
            codes.add(geography.get(r).code());
        }
        return codes;
    }
}
