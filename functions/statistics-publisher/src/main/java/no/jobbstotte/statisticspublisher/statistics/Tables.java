package no.jobbstotte.statisticspublisher.statistics;

import static no.jobbstotte.statisticspublisher.statistics.StatisticsAccumulator.ENDED_AFTER_TRIAL;
import static no.jobbstotte.statisticspublisher.statistics.StatisticsAccumulator.HIRED;
import static no.jobbstotte.statisticspublisher.statistics.StatisticsAccumulator.HIRED_AFTER_TRIAL;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Every published table, built from the ledger alone: each a view of one cube per subject, so a
 * cell has the same number or flag in every table that shows it.
 */
public final class Tables {

    public static final Measure SHARE_HIRED_AFTER_TRIAL = new Measure("andel_ansatt_etter_utproving",
            "Andel ansatt etter utprøving", "prosent", 1);
    public static final Measure MEDIAN_DAYS_TO_JOB = new Measure("median_dager_til_jobb",
            "Median dager fra henvisning til jobb", "dager", 0);
    /** A median is published only over at least this many people. */
    static final int MIN_MEDIAN_GROUP = Protection.MAX_SMALL + 1;

    private interface CellFunction {
        StatTable.Cell cell(CountCube cube, int region, int period, int measure);
    }

    private final Geography geography;
    private final LocalDate date;

    private Tables(Geography geography, LocalDate date) {
        this.geography = geography;
        this.date = date;
    }

    /**
     * The tables published on {@code date}: every month the ledger had locked by then. A table
     * with no period yet (the counties before the first year is over) is left out: JSON-stat has
     * no empty dimension, and the manifest lists what there is.
     */
    public static List<StatTable> of(Geography geography, Ledger ledger, LocalDate date) {
        return new Tables(geography, date).build(ledger.upTo(date)).stream().filter(t -> !t.periods().isEmpty()).toList();
    }

    private List<StatTable> build(Ledger ledger) {
        List<StatTable> tables = new ArrayList<>();
        CountCube placements = LedgerCubes.placements(geography, ledger);
        Map<Integer, Map<Integer, Integer>> medians = daysToJobByCell(placements, ledger);
        List<Measure> main = new ArrayList<>(LedgerCubes.MAIN.stream().map(StatisticsAccumulator.PLACEMENT_COUNTS::get).toList());
        main.add(MEDIAN_DAYS_TO_JOB);
        CellFunction mainCell = (cube, r, p, m) -> m < LedgerCubes.MAIN.size()
                ? count(cube, LedgerCubes.MAIN.get(m), r, p) : median(cube, medians.get(cube.cell(HIRED, r, p)), r, p);
        levels(tables, "plasseringer", "Oppfølgingsløp", placements, main, mainCell);
        List<Measure> byTrial = new ArrayList<>(LedgerCubes.BY_TRIAL.stream().map(StatisticsAccumulator.PLACEMENT_COUNTS::get).toList());
        byTrial.add(SHARE_HIRED_AFTER_TRIAL);
        tables.add(table("utproving-fylke", "Utprøving og resultat etter fylke og år", placements, byTrial,
                level -> level == Region.Level.COUNTY, Tables::year, (cube, r, p, m) -> m < LedgerCubes.BY_TRIAL.size()
                        ? count(cube, LedgerCubes.BY_TRIAL.get(m), r, p) : share(cube, r, p)));
        CountCube volunteers = LedgerCubes.volunteers(geography, ledger);
        CellFunction onlyCount = (cube, r, p, m) -> count(cube, m, r, p);
        List<Measure> volunteer = List.of(LedgerCubes.VOLUNTEERS);
        levels(tables, "frivillige", "Bekreftede frivillige", volunteers, volunteer, onlyCount);
        tables.add(table("avtaler", "Aktive samarbeidsavtaler med arbeidsgivere ved utgangen av hver måned, etter region",
                LedgerCubes.agreements(geography, ledger), List.of(LedgerCubes.ACTIVE_AGREEMENTS), level -> true,
                kind -> true, onlyCount));
        tables.addAll(FidelityTable.of(geography, ledger, date));
        return tables;
    }

    /** A subject's three tables: the whole country by every period; counties, then municipalities too, by year. */
    private void levels(List<StatTable> tables, String id, String label, CountCube cube, List<Measure> measures,
            CellFunction cells) {
        tables.add(table(id + "-landet", label + " i hele landet etter måned, kvartal og år", cube, measures,
                level -> level == Region.Level.COUNTRY, kind -> true, cells));
        tables.add(table(id + "-fylke", label + " etter fylke og år", cube, measures,
                level -> level != Region.Level.MUNICIPALITY, Tables::year, cells));
        tables.add(table(id + "-kommune", label + " etter kommune og år", cube, measures, level -> true, Tables::year, cells));
    }

    private static boolean year(Period.Kind kind) {
        return kind == Period.Kind.YEAR;
    }

    private StatTable table(String id, String label, CountCube cube, List<Measure> measures,
            Predicate<Region.Level> levels, Predicate<Period.Kind> kinds, CellFunction cells) {
        List<Integer> regionIndexes = new ArrayList<>();
        for (int r = 0; r < geography.size(); r++) {
            if (levels.test(geography.get(r).level())) {
                regionIndexes.add(r);
            }
        }
        List<Integer> periodIndexes = new ArrayList<>();
        for (int p = 0; p < cube.periods().size(); p++) {
            if (kinds.test(cube.periods().get(p).kind())) {
                periodIndexes.add(p);
            }
        }
        List<StatTable.Cell> values = new ArrayList<>();
        for (int r : regionIndexes) {
            for (int p : periodIndexes) {
                for (int m = 0; m < measures.size(); m++) {
                    values.add(cells.cell(cube, r, p, m));
                }
            }
        }
        return new StatTable(id, label, date, regionIndexes.stream().map(geography::get).toList(),
                periodIndexes.stream().map(cube.periods()::get).toList(), measures, values);
    }

    private static StatTable.Cell count(CountCube cube, int measure, int r, int p) {
        if (!cube.published(measure, r, p)) {
            throw new IllegalStateException("A table shows a cell the layout does not publish: " + cube.key(cube.cell(measure, r, p)));
        }
        return cube.isHidden(measure, r, p)
                ? StatTable.Cell.status(StatTable.SUPPRESSED)
                : StatTable.Cell.of(cube.value(measure, r, p));
    }

    /** Published only where both counts it is made of are published, so it tells nothing they do not. */
    private static StatTable.Cell share(CountCube cube, int r, int p) {
        if (cube.isHidden(HIRED_AFTER_TRIAL, r, p) || cube.isHidden(ENDED_AFTER_TRIAL, r, p)) {
            return StatTable.Cell.status(StatTable.SUPPRESSED);
        }
        long hired = cube.value(HIRED_AFTER_TRIAL, r, p);
        long concluded = hired + cube.value(ENDED_AFTER_TRIAL, r, p);
        if (concluded == 0) {
            return StatTable.Cell.status(StatTable.NOT_APPLICABLE);
        }
        BigDecimal percent = BigDecimal.valueOf(hired * 100L).divide(BigDecimal.valueOf(concluded), 1, RoundingMode.HALF_UP);
        return new StatTable.Cell(percent, null);
    }

    /** Published where the hired count is, over at least {@value #MIN_MEDIAN_GROUP} people with both dates. */
    private static StatTable.Cell median(CountCube cube, Map<Integer, Integer> histogram, int r, int p) {
        long n = histogram == null ? 0 : histogram.values().stream().mapToLong(Integer::longValue).sum();
        if (cube.isHidden(HIRED, r, p) || n > 0 && n < MIN_MEDIAN_GROUP) {
            return StatTable.Cell.status(StatTable.SUPPRESSED);
        }
        if (n == 0) {
            return StatTable.Cell.status(StatTable.NOT_APPLICABLE);
        }
        // The lower median: always a value someone actually had, and an integer.
        long rank = (n + 1) / 2;
        long seen = 0;
        for (Map.Entry<Integer, Integer> entry : new TreeMap<>(histogram).entrySet()) {
            seen += entry.getValue();
            if (seen >= rank) {
                return StatTable.Cell.of(entry.getKey());
            }
        }
        throw new IllegalStateException("unreachable");
    }

    /** Days-to-job histograms for every published cell of the hired count, from the locked months. */
    private Map<Integer, Map<Integer, Integer>> daysToJobByCell(CountCube cube, Ledger ledger) {
        Map<Integer, Map<Integer, Integer>> byCell = new HashMap<>();
        for (LockedMonth month : ledger.months()) {
            month.daysToJob().forEach((municipality, histogram) -> {
                for (int r = geography.municipality(municipality); r != Region.NONE; r = geography.get(r).parent()) {
                    for (Period p = Period.month(month.month()); p != null; p = p.parent().orElse(null)) {
                        int period = cube.periodIndex(p);
                        if (period >= 0 && cube.published(HIRED, r, period)) {
                            Map<Integer, Integer> target = byCell.computeIfAbsent(cube.cell(HIRED, r, period), k -> new HashMap<>());
                            histogram.forEach((days, count) -> target.merge(days, count, Integer::sum));
                        }
                    }
                }
            });
        }
        return byCell;
    }
}
