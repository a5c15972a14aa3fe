package no.jobbstotte.statisticspublisher.statistics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One month's counts as they stood the night the month was locked, per municipality code, and
 * which cells were hidden when they were first published that night. Everything published for the
 * month (and for its quarter and year, which are sums of locked months) comes from here, never
 * from the tables again.
 *
 * @param placements counts in the order of {@link StatisticsAccumulator#PLACEMENT_COUNTS}
 * @param daysToJob days from referral to job → how many were hired after that many days
 * @param agreements agreements active on the month's last day
 * @param hidden ids ({@code measure|region|period}) of the cells hidden when this month was locked
 * @param fidelity for the last month of a quarter: the quarter's IPS fidelity counts by county code,
 *     when the quarter could be measured the night it was locked (see {@link FidelityAccumulator})
 */
public record LockedMonth(YearMonth month, LocalDate lockedOn, SortedMap<String, long[]> placements,
        SortedMap<String, SortedMap<Integer, Integer>> daysToJob, SortedMap<String, Long> volunteers,
        SortedMap<String, Long> agreements, SortedSet<String> hidden,
        Optional<SortedMap<String, CountyFidelity>> fidelity) {

    public LockedMonth {
        placements = new TreeMap<>(placements);
        daysToJob = new TreeMap<>(daysToJob);
        volunteers = new TreeMap<>(volunteers);
        agreements = new TreeMap<>(agreements);
        hidden = new TreeSet<>(hidden);
        fidelity = fidelity.map(TreeMap::new);
    }

    /** A month without fidelity counts (not the end of a quarter, or one that could not be measured). */
    public LockedMonth(YearMonth month, LocalDate lockedOn, SortedMap<String, long[]> placements,
            SortedMap<String, SortedMap<Integer, Integer>> daysToJob, SortedMap<String, Long> volunteers,
            SortedMap<String, Long> agreements, SortedSet<String> hidden) {
        this(month, lockedOn, placements, daysToJob, volunteers, agreements, hidden, Optional.empty());
    }

    /** The same counts with the cells hidden when they were published. */
    LockedMonth withHidden(Set<String> cells) {
        return new LockedMonth(month, lockedOn, placements, daysToJob, volunteers, agreements, new TreeSet<>(cells), fidelity);
    }

    /** The last day of the month: the day the agreement snapshot counts. */
    LocalDate lastDay() {
        return month.atEndOfMonth();
    }

    /** How far today's counts for this month have moved from the locked ones (late registrations). */
    long distanceTo(LockedMonth today) {
        long distance = 0;
        for (String municipality : union(placements, today.placements)) {
            long[] locked = placements.getOrDefault(municipality, new long[0]);
            long[] now = today.placements.getOrDefault(municipality, new long[0]);
            for (int m = 0; m < Math.max(locked.length, now.length); m++) {
                distance += Math.abs((m < locked.length ? locked[m] : 0) - (m < now.length ? now[m] : 0));
            }
        }
        for (String municipality : union(volunteers, today.volunteers)) {
            distance += Math.abs(volunteers.getOrDefault(municipality, 0L) - today.volunteers.getOrDefault(municipality, 0L));
        }
        return distance;
    }

    private static Set<String> union(Map<String, ?> a, Map<String, ?> b) {
        Set<String> keys = new TreeSet<>(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }
}
