package no.jobbstotte.statisticspublisher;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.jobbstotte.shared.fidelity.FidelityFacts;
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
        Map<String, Long> counts = of(history.placements(), history.volunteers(), history.agreements(), night, geography, days);
        counts.putAll(fidelity(history.fidelity(night), night, geography));
        return counts;
    }

    /**
     * The counts of people behind the fidelity table ({@link FidelityCells}) for the eight quarters
     * before {@code night}, by the README's definitions: the specialists with a participant on a
     * caseload (referred, not ended) on some day of the quarter; those hired by the end and still on a
     * caseload at it, followed up in the 90 days up to the end or after it (up to the night) or not;
     * and those with the first face-to-face employer contact in the quarter.
     */
    static Map<String, Long> fidelity(List<FidelityFacts> facts, LocalDate night, Geography geography) {
        Map<String, Long> counts = new HashMap<>();
        LocalDate start = night.withDayOfMonth(1).withMonth((night.getMonthValue() - 1) / 3 * 3 + 1);
        for (int back = 1; back <= 8; back++) {
            LocalDate from = start.minusMonths(3L * back);
            LocalDate to = from.plusMonths(3).minusDays(1);
            String quarter = "|" + from.getYear() + "K" + ((from.getMonthValue() - 1) / 3 + 1);
            Map<String, Set<String>> specialists = new HashMap<>();
            for (FidelityFacts f : facts) {
                String county = regions(geography, f.municipalityNumber()).get(1) + quarter;
                LocalDate referred = f.referredOn().orElse(from);
                LocalDate last = f.endedOn().map(d -> d.minusDays(1)).orElse(f.active() ? to : from.minusDays(1));
                if (!referred.isAfter(to) && !last.isBefore(from) && !last.isBefore(referred)) {
                    specialists.computeIfAbsent(county, k -> new HashSet<>()).add(f.specialistId());
                }
                boolean active = f.referredOn().map(d -> !d.isAfter(to)).orElse(true)
                        && f.endedOn().map(d -> d.isAfter(to)).orElse(f.active());
                if (active && f.hiredOn().filter(d -> !d.isAfter(to)).isPresent()) {
                    counts.merge(FidelityCells.HIRED + "|" + county, 1L, Long::sum);
                    boolean followed = f.lastFollowUpOn().filter(d -> !d.isBefore(to.minusDays(89)) && !d.isAfter(night))
                            .isPresent();
                    counts.merge((followed ? FidelityCells.FOLLOWED : FidelityCells.NOT_FOLLOWED) + "|" + county, 1L, Long::sum);
                }
                if (f.firstEmployerContactOn().filter(d -> !d.isBefore(from) && !d.isAfter(to)
                        && f.referredOn().filter(r -> !r.isAfter(d)).isPresent()).isPresent()) {
                    counts.merge(FidelityCells.FIRST_CONTACTS + "|" + county, 1L, Long::sum);
                }
            }
            specialists.forEach((county, ids) -> counts.put(FidelityCells.SPECIALISTS + "|" + county, (long) ids.size()));
        }
        return counts;
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
