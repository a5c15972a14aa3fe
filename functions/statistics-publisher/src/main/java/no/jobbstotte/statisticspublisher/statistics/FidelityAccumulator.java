package no.jobbstotte.statisticspublisher.statistics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import no.jobbstotte.shared.fidelity.FidelityFacts;

/**
 * Tonight's IPS fidelity counters per county, for the quarters that can still be measured: ended
 * before tonight, and begun no more than {@link FidelityFacts#CONTACT_WINDOW_DAYS} days ago, so that
 * every employer contact in them is still kept on the placements. A quarter locked later than that
 * (a run that catches up on a long outage) is published without fidelity figures rather than with
 * figures missing contacts. Only counters and, per county, the ids of the specialists counted are
 * kept, never the placements.
 *
 * <p>Dates after the publication date are not counted yet, as in the other statistics.
 */
final class FidelityAccumulator {

    /**
     * Time-unlimited follow-along: a follow-up in the 90 days up to the quarter's end (its last day
     * included) counts; so does one after the end, up to the night: only the last follow-up is kept,
     * and one made after the end says nothing about the 90 days before (see the README).
     */
    static final int FOLLOW_UP_DAYS = 90;

    private final Geography geography;
    private final LocalDate date;
    private final Map<YearMonth, Map<String, Counters>> quarters = new HashMap<>();

    private static final class Counters {
        final Set<String> specialists = new HashSet<>();
        long activeDays;
        int hiredActive;
        int followedUp;
        int firstContacts;
        long firstContactDays;
        int employerContacts;

        CountyFidelity locked() {
            return new CountyFidelity(specialists.size(), activeDays, hiredActive, followedUp, firstContacts, firstContactDays,
                    employerContacts);
        }
    }

    FidelityAccumulator(Geography geography, LocalDate date) {
        this.geography = geography;
        this.date = date;
        for (YearMonth last = lastMonthOfQuarter(YearMonth.from(date)).minusMonths(3); measurable(last); last = last.minusMonths(3)) {
            quarters.put(last, new TreeMap<>());
        }
    }

    /** Whether the quarter ending with {@code lastMonth} has ended and all its employer contacts are still kept tonight. */
    private boolean measurable(YearMonth lastMonth) {
        return !start(lastMonth).isBefore(date.minusDays(FidelityFacts.CONTACT_WINDOW_DAYS));
    }

    static YearMonth lastMonthOfQuarter(YearMonth month) {
        return month.plusMonths(2 - (month.getMonthValue() - 1) % 3);
    }

    static LocalDate start(YearMonth lastMonth) {
        return lastMonth.minusMonths(2).atDay(1);
    }

    void add(FidelityFacts facts) {
        String county = geography.get(geography.get(geography.municipality(facts.municipalityNumber())).parent()).code();
        quarters.forEach((lastMonth, counties) -> add(facts, lastMonth, counties.computeIfAbsent(county, k -> new Counters())));
    }

    private void add(FidelityFacts facts, YearMonth lastMonth, Counters counters) {
        LocalDate start = start(lastMonth);
        LocalDate end = lastMonth.atEndOfMonth();
        // On a caseload on a day as docs/fidelity.md counts it for a week's end: referred by then (no
        // referral date: from before the stage dates, counts) and not ended by then. The days, not the
        // heads at the end: a count at the end of each quarter, set against the county's counts by
        // year of referrals, hires and ends, would give away how many left in a year (README).
        LocalDate from = facts.referredOn().filter(d -> d.isAfter(start)).orElse(start);
        LocalDate until = facts.endedOn().map(d -> d.minusDays(1)).orElse(facts.active() ? end : start.minusDays(1));
        if (until.isAfter(end)) {
            until = end;
        }
        if (!from.isAfter(until)) {
            counters.activeDays += ChronoUnit.DAYS.between(from, until) + 1;
            counters.specialists.add(facts.specialistId());
        }
        boolean referred = facts.referredOn().map(d -> !d.isAfter(end)).orElse(true);
        if (referred && facts.endedOn().map(d -> d.isAfter(end)).orElse(facts.active())) {
            if (facts.hiredOn().filter(d -> !d.isAfter(end)).isPresent()) {
                counters.hiredActive++;
                if (facts.lastFollowUpOn().filter(d -> !d.isBefore(end.minusDays(FOLLOW_UP_DAYS - 1)) && !d.isAfter(date))
                        .isPresent()) {
                    counters.followedUp++;
                }
            }
        }
        Optional<LocalDate> contact = facts.firstEmployerContactOn().filter(d -> !d.isBefore(start) && !d.isAfter(end));
        if (contact.isPresent() && facts.referredOn().filter(d -> !d.isAfter(contact.get())).isPresent()) {
            counters.firstContacts++;
            counters.firstContactDays += ChronoUnit.DAYS.between(facts.referredOn().get(), contact.get());
        }
        for (FidelityFacts.EmployerContact c : facts.employerContacts()) {
            if (c.faceToFace() && !c.on().isBefore(start) && !c.on().isAfter(end) && !c.on().isAfter(date)) {
                counters.employerContacts++;
            }
        }
    }

    /** The quarter's counts by county code, when the quarter ending with {@code lastMonth} can be measured tonight. */
    Optional<SortedMap<String, CountyFidelity>> quarter(YearMonth lastMonth) {
        Map<String, Counters> counties = quarters.get(lastMonth);
        if (counties == null) {
            return Optional.empty();
        }
        SortedMap<String, CountyFidelity> locked = new TreeMap<>();
        counties.forEach((county, counters) -> locked.put(county, counters.locked()));
        return Optional.of(locked);
    }
}
