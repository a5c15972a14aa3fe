package no.jobbstotte.statisticspublisher.statistics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.BitSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * When a month is published, and the locking itself. A month is published on the night of the 15th
 * of the month after it ({@value #GRACE_DAYS} days after it ended, so that late registrations get
 * in), from the tables as they stand that night, together with its quarter and year when it ends
 * them. From then on its numbers and its hidden cells never change: a later registration dated in
 * a locked month is not counted anywhere, and every publication says so.
 */
public final class Locking {

    /** Days after a month's end before it is published and locked. */
    public static final int GRACE_DAYS = 14;

    private Locking() {}

    /** The night a month is published and locked. */
    public static LocalDate lockDate(YearMonth month) {
        return month.plusMonths(1).atDay(1).plusDays(GRACE_DAYS);
    }

    /** The last month that is locked by the night of {@code date}. */
    public static YearMonth lastLocked(LocalDate date) {
        YearMonth previous = YearMonth.from(date).minusMonths(1);
        return date.isBefore(lockDate(previous)) ? previous.minusMonths(1) : previous;
    }

    /**
     * Locks every month due by {@code date} that the ledger does not hold yet, oldest first, each
     * from tonight's counts and protected given every month locked before it. A ledger without
     * months starts in January of the first year that has counts.
     */
    public static Ledger lockDue(Ledger ledger, StatisticsAccumulator tonight, Geography geography, LocalDate date) {
        YearMonth next = ledger.lastMonth().map(m -> m.plusMonths(1)).orElse(tonight.firstMonth());
        for (; !next.isAfter(lastLocked(date)); next = next.plusMonths(1)) {
            ledger = ledger.with(protect(ledger, tonight.month(next), geography));
        }
        return ledger;
    }

    /** How much tonight's counts for the locked months differ from what was locked: late registrations left out. */
    public static long lateChanges(Ledger ledger, StatisticsAccumulator tonight) {
        return ledger.months().stream().mapToLong(m -> m.distanceTo(tonight.month(m.month()))).sum();
    }

    /**
     * Disclosure control for what the month adds, given every month locked before it. Agreements
     * are not protected: they count contracts with employers, not people (see the README).
     */
    private static LockedMonth protect(Ledger ledger, LockedMonth month, Geography geography) {
        // No published sum crosses a year, so the months of the same year are all that matter.
        Ledger with = ledger.with(month).year(month.month().getYear());
        Set<Period> newest = LedgerCubes.newestPeriods(with);
        Set<String> hidden = new TreeSet<>();
        for (CountCube cube : new CountCube[] {LedgerCubes.placements(geography, with), LedgerCubes.volunteers(geography, with)}) {
            BitSet fresh = cells(cube, newest);
            Protection.protect(cube, fresh);
            hidden.addAll(hiddenKeys(cube, fresh));
        }
        return month.withHidden(hidden);
    }

    /** The published cells of the given periods. */
    private static BitSet cells(CountCube cube, Set<Period> periods) {
        BitSet cells = new BitSet(cube.size());
        for (int m = 0; m < cube.measures().size(); m++) {
            for (int r = 0; r < cube.geography().size(); r++) {
                for (int p = 0; p < cube.periods().size(); p++) {
                    if (periods.contains(cube.periods().get(p)) && cube.published(m, r, p)) {
                        cells.set(cube.cell(m, r, p));
                    }
                }
            }
        }
        return cells;
    }

    private static Set<String> hiddenKeys(CountCube cube, BitSet cells) {
        Set<String> keys = new TreeSet<>();
        for (int cell = cells.nextSetBit(0); cell >= 0; cell = cells.nextSetBit(cell + 1)) {
            if (cube.isHidden(cell)) {
                keys.add(cube.key(cell));
            }
        }
        return keys;
    }
}
