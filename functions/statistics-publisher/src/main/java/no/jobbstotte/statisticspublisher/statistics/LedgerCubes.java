package no.jobbstotte.statisticspublisher.statistics;

import static no.jobbstotte.statisticspublisher.statistics.StatisticsAccumulator.ENDED_AFTER_TRIAL;
import static no.jobbstotte.statisticspublisher.statistics.StatisticsAccumulator.ENDED_BEFORE_TRIAL;
import static no.jobbstotte.statisticspublisher.statistics.StatisticsAccumulator.ENDED_WITHOUT_JOB;
import static no.jobbstotte.statisticspublisher.statistics.StatisticsAccumulator.HIRED;
import static no.jobbstotte.statisticspublisher.statistics.StatisticsAccumulator.HIRED_AFTER_TRIAL;
import static no.jobbstotte.statisticspublisher.statistics.StatisticsAccumulator.HIRED_WITHOUT_TRIAL;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The cubes a ledger publishes, with the cells hidden when each month was locked.
 *
 * <p>The layout keeps every chain of sums a tree (see {@link SumForest}): the whole country by
 * year, quarter and month; counties and municipalities by year only; the split of hired and ended
 * by whether a trial came first, by county and year only. A table with both margins (counties by
 * month, say) would let hidden cells be cross-checked along two routes, which is where the old
 * rule leaked.
 */
public final class LedgerCubes {

    public static final Measure VOLUNTEERS = Measure.count("frivillige", "Bekreftede frivillige", "personer");
    public static final Measure ACTIVE_AGREEMENTS =
            Measure.count("aktive_avtaler", "Aktive samarbeidsavtaler med arbeidsgivere ved månedsslutt", "avtaler");
    /** The placement counts published for the country by month and for every region by year. */
    public static final List<Integer> MAIN = List.of(StatisticsAccumulator.REFERRED, StatisticsAccumulator.TRIAL_STARTED,
            HIRED, ENDED_WITHOUT_JOB);
    /** The split by trial, published by county and year only. */
    public static final List<Integer> BY_TRIAL = List.of(HIRED_AFTER_TRIAL, HIRED_WITHOUT_TRIAL, ENDED_AFTER_TRIAL,
            ENDED_BEFORE_TRIAL);
    static final List<CountCube.Partition> PARTITIONS = List.of(
            new CountCube.Partition(HIRED, HIRED_AFTER_TRIAL, HIRED_WITHOUT_TRIAL),
            new CountCube.Partition(ENDED_WITHOUT_JOB, ENDED_AFTER_TRIAL, ENDED_BEFORE_TRIAL));

    private LedgerCubes() {}

    /** The whole country by every period; counties and municipalities by year. */
    static boolean countryByPeriod(Region.Level level, Period.Kind kind) {
        return level == Region.Level.COUNTRY || kind == Period.Kind.YEAR;
    }

    static boolean placementLayout(int measure, Region.Level level, Period.Kind kind) {
        return BY_TRIAL.contains(measure) ? level == Region.Level.COUNTY && kind == Period.Kind.YEAR
                : countryByPeriod(level, kind);
    }

    public static CountCube placements(Geography geography, Ledger ledger) {
        CountCube cube = new CountCube(StatisticsAccumulator.PLACEMENT_COUNTS, geography, periods(ledger),
                LedgerCubes::placementLayout, PARTITIONS);
        for (LockedMonth month : ledger.months()) {
            month.placements().forEach((municipality, counts) -> {
                for (int m = 0; m < counts.length; m++) {
                    if (counts[m] != 0) {
                        cube.add(m, geography.municipality(municipality), Period.month(month.month()), counts[m]);
                    }
                }
            });
        }
        return hide(cube, ledger);
    }

    public static CountCube volunteers(Geography geography, Ledger ledger) {
        CountCube cube = new CountCube(List.of(VOLUNTEERS), geography, periods(ledger),
                (measure, level, kind) -> countryByPeriod(level, kind), List.of());
        for (LockedMonth month : ledger.months()) {
            month.volunteers().forEach((municipality, count) ->
                    cube.add(0, geography.municipality(municipality), Period.month(month.month()), count));
        }
        return hide(cube, ledger);
    }

    /** Every region at every locked month's end; nothing hidden (contracts with employers, not people). */
    public static CountCube agreements(Geography geography, Ledger ledger) {
        List<Period> days = ledger.months().stream().map(m -> Period.day(m.lastDay())).toList();
        CountCube cube = new CountCube(List.of(ACTIVE_AGREEMENTS), geography, days, (measure, level, kind) -> true, List.of());
        for (LockedMonth month : ledger.months()) {
            month.agreements().forEach((municipality, count) ->
                    cube.add(0, geography.municipality(municipality), Period.day(month.lastDay()), count));
        }
        return cube;
    }

    private static CountCube hide(CountCube cube, Ledger ledger) {
        for (LockedMonth month : ledger.months()) {
            for (String key : month.hidden()) {
                int cell = cube.cellOf(key);
                if (cell >= 0) {
                    cube.setHidden(cell, true);
                }
            }
        }
        return cube;
    }

    /** Complete years, complete quarters and every locked month, each group in time order. */
    static List<Period> periods(Ledger ledger) {
        List<YearMonth> months = ledger.months().stream().map(LockedMonth::month).toList();
        List<Period> periods = new ArrayList<>();
        months.stream().filter(m -> m.getMonthValue() == 12).forEach(m -> periods.add(Period.year(m.getYear())));
        months.stream().filter(m -> m.getMonthValue() % 3 == 0)
                .forEach(m -> periods.add(Period.quarter(m.getYear(), m.getMonthValue() / 3)));
        months.forEach(m -> periods.add(Period.month(m)));
        return periods;
    }

    /** The periods that the ledger's last month adds: the month, and its quarter and year once complete. */
    static Set<Period> newestPeriods(Ledger ledger) {
        YearMonth last = ledger.lastMonth().orElseThrow();
        List<Period> periods = new ArrayList<>(List.of(Period.month(last)));
        if (last.getMonthValue() % 3 == 0) {
            periods.add(Period.quarter(last.getYear(), last.getMonthValue() / 3));
        }
        if (last.getMonthValue() == 12) {
            periods.add(Period.year(last.getYear()));
        }
        return Set.copyOf(periods);
    }
}
