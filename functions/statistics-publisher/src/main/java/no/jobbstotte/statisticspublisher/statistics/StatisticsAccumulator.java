package no.jobbstotte.statisticspublisher.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.jobbstotte.shared.table.placements.PlacementMilestones;

/**
 * Counts placements, volunteers and active agreements as they stream past, keeping only counters
 * per municipality and month (never the items), then builds the protected tables.
 *
 * <p>A placement counts in the month each stage was reached: referred, trial started, hired (split
 * by whether a trial came first) and ended without a job (split the same way). Stages dated after
 * the publication date are not counted yet. The share hired after a trial is hired after trial /
 * (hired after trial + ended after trial without a job); time to job is the median number of days
 * from referral to hiring.
 */
public final class StatisticsAccumulator {

    public static final List<Measure> PLACEMENT_COUNTS = List.of(
            Measure.count("henviste", "Henviste deltakere", "personer"),
            Measure.count("startet_utproving", "Startet utprøving", "personer"),
            Measure.count("ansatt", "Ansatt i ordinær jobb", "personer"),
            Measure.count("ansatt_etter_utproving", "Ansatt etter utprøving", "personer"),
            Measure.count("ansatt_uten_utproving", "Ansatt uten utprøving", "personer"),
            Measure.count("avsluttet_uten_jobb", "Avsluttet uten jobb", "personer"),
            Measure.count("avsluttet_etter_utproving", "Avsluttet etter utprøving uten jobb", "personer"),
            Measure.count("avsluttet_for_utproving", "Avsluttet før utprøving", "personer"));
    public static final Measure SHARE_HIRED_AFTER_TRIAL = new Measure("andel_ansatt_etter_utproving",
            "Andel ansatt etter utprøving", "prosent", 1);
    public static final Measure MEDIAN_DAYS_TO_JOB = new Measure("median_dager_til_jobb",
            "Median dager fra henvisning til jobb", "dager", 0);
    public static final Measure VOLUNTEERS = Measure.count("frivillige", "Bekreftede frivillige", "personer");
    public static final Measure ACTIVE_AGREEMENTS =
            Measure.count("aktive_avtaler", "Aktive samarbeidsavtaler med arbeidsgivere", "avtaler");

    static final int REFERRED = 0;
    static final int TRIAL_STARTED = 1;
    static final int HIRED = 2;
    static final int HIRED_AFTER_TRIAL = 3;
    static final int HIRED_WITHOUT_TRIAL = 4;
    static final int ENDED_WITHOUT_JOB = 5;
    static final int ENDED_AFTER_TRIAL = 6;
    static final int ENDED_BEFORE_TRIAL = 7;
    /** Longer waits count as this many days; the median is unaffected unless half wait that long. */
    static final int MAX_DAYS = 3650;
    /** A median is published only over at least this many people. */
    static final int MIN_MEDIAN_GROUP = Suppression.MAX_SMALL + 1;

    private final Geography geography;
    private final LocalDate publicationDate;
    private final Map<Leaf, long[]> placements = new HashMap<>();
    private final Map<Leaf, Map<Integer, Integer>> daysToJob = new HashMap<>();
    private final Map<Leaf, Long> volunteers = new HashMap<>();
    private final long[] agreements;
    private int firstYear;
    private long placementsRead;

    private record Leaf(int municipality, YearMonth month) {}

    public StatisticsAccumulator(Geography geography, LocalDate publicationDate) {
        this.geography = geography;
        this.publicationDate = publicationDate;
        this.agreements = new long[geography.size()];
        this.firstYear = publicationDate.getYear();
    }

    public long placementsRead() {
        return placementsRead;
    }

    public void addPlacement(PlacementMilestones placement) {
        placementsRead++;
        int municipality = geography.municipality(placement.municipalityNumber());
        LocalDate referred = counted(placement.referredOn());
        LocalDate trial = counted(placement.trialStartedOn());
        LocalDate hired = counted(placement.hiredOn());
        LocalDate ended = counted(placement.endedOn());
        count(municipality, referred, REFERRED);
        count(municipality, trial, TRIAL_STARTED);
        if (hired != null) {
            count(municipality, hired, HIRED);
            count(municipality, hired, trial != null ? HIRED_AFTER_TRIAL : HIRED_WITHOUT_TRIAL);
            if (referred != null && !hired.isBefore(referred)) {
                int days = (int) Math.min(MAX_DAYS, ChronoUnit.DAYS.between(referred, hired));
                daysToJob.computeIfAbsent(new Leaf(municipality, YearMonth.from(hired)), k -> new HashMap<>())
                        .merge(days, 1, Integer::sum);
            }
        } else if (ended != null) {
            count(municipality, ended, ENDED_WITHOUT_JOB);
            count(municipality, ended, trial != null ? ENDED_AFTER_TRIAL : ENDED_BEFORE_TRIAL);
        }
    }

    /** Confirmed volunteers in a municipality and month. */
    public void addVolunteers(String municipalityNumber, YearMonth month, long count) {
        if (count <= 0 || month.isAfter(YearMonth.from(publicationDate))) {
            return;
        }
        firstYear = Math.min(firstYear, month.getYear());
        volunteers.merge(new Leaf(geography.municipality(municipalityNumber), month), count, Long::sum);
    }

    /** An agreement that is active on the publication date. */
    public void addActiveAgreement(String municipalityNumber) {
        agreements[geography.municipality(municipalityNumber)]++;
    }

    private LocalDate counted(LocalDate date) {
        return date == null || date.isAfter(publicationDate) ? null : date;
    }

    private void count(int municipality, LocalDate date, int measure) {
        if (date == null) {
            return;
        }
        firstYear = Math.min(firstYear, date.getYear());
        placements.computeIfAbsent(new Leaf(municipality, YearMonth.from(date)), k -> new long[PLACEMENT_COUNTS.size()])[measure]++;
    }

    /** Counties (and the whole country) by year, quarter and month; municipalities by year only. */
    static boolean monthlyLayout(Region.Level level, Period.Kind kind) {
        return kind == Period.Kind.YEAR || level != Region.Level.MUNICIPALITY;
    }

    public CountCube placementCube() {
        CountCube cube = new CountCube(PLACEMENT_COUNTS, geography, Period.upTo(firstYear, publicationDate),
                StatisticsAccumulator::monthlyLayout,
                List.of(new CountCube.Partition(HIRED, HIRED_AFTER_TRIAL, HIRED_WITHOUT_TRIAL),
                        new CountCube.Partition(ENDED_WITHOUT_JOB, ENDED_AFTER_TRIAL, ENDED_BEFORE_TRIAL)));
        placements.forEach((leaf, counts) -> {
            for (int m = 0; m < counts.length; m++) {
                if (counts[m] != 0) {
                    cube.add(m, leaf.municipality(), Period.month(leaf.month()), counts[m]);
                }
            }
        });
        return cube;
    }

    public CountCube volunteerCube() {
        CountCube cube = new CountCube(List.of(VOLUNTEERS), geography, Period.upTo(firstYear, publicationDate),
                StatisticsAccumulator::monthlyLayout, List.of());
        volunteers.forEach((leaf, count) -> cube.add(0, leaf.municipality(), Period.month(leaf.month()), count));
        return cube;
    }

    public CountCube agreementCube() {
        CountCube cube = new CountCube(List.of(ACTIVE_AGREEMENTS), geography, List.of(Period.day(publicationDate)),
                (level, kind) -> true, List.of());
        for (int municipality = 0; municipality < agreements.length; municipality++) {
            if (agreements[municipality] > 0) {
                cube.add(0, municipality, Period.day(publicationDate), agreements[municipality]);
            }
        }
        return cube;
    }

    /** Every table, built from one cube per subject so that related tables are protected together. */
    public List<StatTable> tables() {
        List<StatTable> tables = new ArrayList<>();
        CountCube placementCube = placementCube();
        Map<Integer, Map<Integer, Integer>> medians = daysToJobByCell(placementCube);
        List<Measure> placementMeasures = new ArrayList<>(PLACEMENT_COUNTS);
        placementMeasures.add(SHARE_HIRED_AFTER_TRIAL);
        placementMeasures.add(MEDIAN_DAYS_TO_JOB);
        CellFunction placementCell = (cube, r, p, m) -> {
            if (m < PLACEMENT_COUNTS.size()) {
                return countCell(cube, m, r, p);
            }
            if (m == PLACEMENT_COUNTS.size()) {
                return share(cube, r, p);
            }
            return median(cube, medians.get(cube.cell(HIRED, r, p)), r, p);
        };
        tables.add(table("plasseringer-fylke", "Oppfølgingsløp etter fylke og periode", placementCube,
                placementMeasures, level -> level != Region.Level.MUNICIPALITY, kind -> true, placementCell));
        tables.add(table("plasseringer-kommune", "Oppfølgingsløp etter kommune og år", placementCube,
                placementMeasures, level -> true, kind -> kind == Period.Kind.YEAR, placementCell));
        CountCube volunteerCube = volunteerCube();
        CellFunction volunteerCell = (cube, r, p, m) -> countCell(cube, m, r, p);
        tables.add(table("frivillige-fylke", "Bekreftede frivillige etter fylke og periode", volunteerCube,
                List.of(VOLUNTEERS), level -> level != Region.Level.MUNICIPALITY, kind -> true, volunteerCell));
        tables.add(table("frivillige-kommune", "Bekreftede frivillige etter kommune og år", volunteerCube,
                List.of(VOLUNTEERS), level -> true, kind -> kind == Period.Kind.YEAR, volunteerCell));
        tables.add(table("avtaler", "Aktive samarbeidsavtaler med arbeidsgivere etter region", agreementCube(),
                List.of(ACTIVE_AGREEMENTS), level -> true, kind -> true, volunteerCell));
        return tables;
    }

    private interface CellFunction {
        StatTable.Cell cell(CountCube cube, int region, int period, int measure);
    }

    private StatTable table(String id, String label, CountCube cube, List<Measure> measures,
            java.util.function.Predicate<Region.Level> levels, java.util.function.Predicate<Period.Kind> kinds,
            CellFunction cells) {
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
                if (!cube.published(r, p)) {
                    throw new IllegalStateException("Table " + id + " shows a cell the cube does not publish");
                }
                for (int m = 0; m < measures.size(); m++) {
                    values.add(cells.cell(cube, r, p, m));
                }
            }
        }
        return new StatTable(id, label, publicationDate,
                regionIndexes.stream().map(geography::get).toList(),
                periodIndexes.stream().map(cube.periods()::get).toList(), measures, values);
    }

    private static StatTable.Cell countCell(CountCube cube, int measure, int r, int p) {
        return cube.isSuppressed(measure, r, p)
                ? StatTable.Cell.status(StatTable.SUPPRESSED)
                : StatTable.Cell.of(cube.value(measure, r, p));
    }

    /** Published only where both the numerator and the rest of the denominator are published. */
    private static StatTable.Cell share(CountCube cube, int r, int p) {
        if (cube.isSuppressed(HIRED_AFTER_TRIAL, r, p) || cube.isSuppressed(ENDED_AFTER_TRIAL, r, p)) {
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

    private static StatTable.Cell median(CountCube cube, Map<Integer, Integer> histogram, int r, int p) {
        long n = histogram == null ? 0 : histogram.values().stream().mapToLong(Integer::longValue).sum();
        if (n == 0) {
            return cube.isSuppressed(HIRED, r, p)
                    ? StatTable.Cell.status(StatTable.SUPPRESSED)
                    : StatTable.Cell.status(StatTable.NOT_APPLICABLE);
        }
        if (cube.isSuppressed(HIRED, r, p) || n < MIN_MEDIAN_GROUP) {
            return StatTable.Cell.status(StatTable.SUPPRESSED);
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

    /** Days-to-job histograms for every published cell of the hired measure. */
    private Map<Integer, Map<Integer, Integer>> daysToJobByCell(CountCube cube) {
        Map<Integer, Map<Integer, Integer>> byCell = new HashMap<>();
        daysToJob.forEach((leaf, histogram) -> {
            Period month = Period.month(leaf.month());
            for (int r = leaf.municipality(); r != Region.NONE; r = geography.get(r).parent()) {
                for (Period p = month; p != null; p = p.parent().orElse(null)) {
                    int period = cube.periodIndex(p);
                    if (cube.published(r, period)) {
                        Map<Integer, Integer> target = byCell.computeIfAbsent(cube.cell(HIRED, r, period), k -> new HashMap<>());
                        histogram.forEach((days, count) -> target.merge(days, count, Integer::sum));
                    }
                }
            }
        });
        return byCell;
    }
}
