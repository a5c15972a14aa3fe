package no.jobbstotte.statisticspublisher;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The true counts behind a publication under the README's rule: a month counts as the tables stood
 * the night it was first published, a quarter or year is the sum of its months so counted, and an
 * agreement snapshot and an IPS fidelity quarter count as the tables stood the night they were first published.
 */
final class LockedTruth {

    private final Map<String, Long> months = new HashMap<>();
    private final Set<String> lockedMonths = new HashSet<>();
    private final Map<String, Long> snapshots = new HashMap<>();

    /** The days of the agreement snapshots a view shows. */
    static List<LocalDate> snapshotDays(Attacker.View view) {
        return view.cells().keySet().stream().map(k -> k.substring(k.lastIndexOf('|') + 1))
                .filter(p -> p.length() == 10).distinct().map(LocalDate::parse).toList();
    }

    /** Records what tonight's publication locks, from tonight's true counts of every cell. */
    void tonight(Attacker.View view, Map<String, Long> counts) {
        Set<String> newMonths = new HashSet<>();
        for (String key : view.cells().keySet()) {
            String period = key.substring(key.lastIndexOf('|') + 1);
            if (key.startsWith("ips_")) {
                // A fidelity quarter counts as the tables stood the night it was first published.
                snapshots.computeIfAbsent(key, k -> counts.getOrDefault(k, 0L));
            } else if (period.matches("\\d{4}M\\d{2}") && lockedMonths.add(period)) {
                newMonths.add(period);
            } else if (period.length() == 10) {
                snapshots.computeIfAbsent(key, k -> counts.getOrDefault(k, 0L));
            }
        }
        counts.forEach((key, count) -> {
            if (newMonths.contains(key.substring(key.lastIndexOf('|') + 1))) {
                months.put(key, count);
            }
        });
    }

    /** The true count of every cell of the view. */
    Map<String, Long> of(Attacker.View view) {
        Map<String, Long> truth = new HashMap<>();
        for (String key : view.cells().keySet()) {
            String cell = key.substring(0, key.lastIndexOf('|') + 1);
            String period = key.substring(key.lastIndexOf('|') + 1);
            long count = 0;
            if (period.length() == 10 || key.startsWith("ips_")) {
                count = snapshots.get(key);
            } else if (period.contains("M")) {
                count = months.getOrDefault(key, 0L);
            } else {
                int year = Integer.parseInt(period.substring(0, 4));
                int first = period.contains("K") ? 3 * (period.charAt(5) - '0') - 2 : 1;
                int last = period.contains("K") ? first + 2 : 12;
                for (int m = first; m <= last; m++) {
                    count += months.getOrDefault(cell + year + (m < 10 ? "M0" : "M") + m, 0L);
                }
            }
            truth.put(key, count);
        }
        return truth;
    }
}
