package no.jobbstotte.statisticspublisher.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Random;
import no.jobbstotte.shared.domain.Municipalities;
import no.jobbstotte.shared.table.placements.PlacementMilestones;
import org.junit.jupiter.api.Test;

class StatisticsAccumulatorTest {

    private static final Geography NORWAY = Geography.of(Municipalities.bundled());
    private static final LocalDate DATE = LocalDate.of(2027, 1, 25);

    @Test
    void addPlacement_stagesCountInTheirMonthAndAddUpToCountyAndCountry() {
        StatisticsAccumulator accumulator = new StatisticsAccumulator(NORWAY, DATE);
        for (int i = 0; i < 10; i++) {
            accumulator.addPlacement(new PlacementMilestones("0301", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 1),
                    i < 7 ? LocalDate.of(2026, 5, 1) : null, i >= 7 ? LocalDate.of(2026, 5, 2) : null));
        }
        accumulator.addPlacement(new PlacementMilestones("0301", LocalDate.of(2027, 2, 1), null, null, null));
        Ledger ledger = Locking.lockDue(Ledger.empty(), accumulator, NORWAY, DATE);
        CountCube cube = LedgerCubes.placements(NORWAY, ledger);
        int oslo = NORWAY.municipality("0301");
        int county = NORWAY.get(oslo).parent();
        int march = cube.periodIndex(Period.month(2026, 3));
        int year = cube.periodIndex(Period.year(2026));
        assertThat(cube.value(StatisticsAccumulator.REFERRED, 0, march)).isEqualTo(10);
        assertThat(cube.value(StatisticsAccumulator.REFERRED, county, year)).isEqualTo(10);
        assertThat(cube.periodIndex(Period.year(2027))).as("the open year is not published").isEqualTo(-1);
        assertThat(cube.value(StatisticsAccumulator.HIRED_AFTER_TRIAL, oslo, year)).isEqualTo(7);
        assertThat(cube.value(StatisticsAccumulator.ENDED_AFTER_TRIAL, county, year)).isEqualTo(3);
        StatTable byTrial = Tables.of(NORWAY, ledger, DATE).get(3);
        int share = byTrial.measures().indexOf(Tables.SHARE_HIRED_AFTER_TRIAL);
        int p = byTrial.periods().indexOf(Period.year(2026));
        int r = byTrial.regions().indexOf(NORWAY.get(county));
        assertThat(byTrial.cell(r, p, share).status()).as("3 ended after trial is hidden, so no share")
                .isEqualTo(StatTable.SUPPRESSED);
    }

    @Test
    void addPlacement_unknownMunicipality_countsUnderUoppgitt() {
        StatisticsAccumulator accumulator = new StatisticsAccumulator(NORWAY, DATE);
        accumulator.addPlacement(new PlacementMilestones("0000", LocalDate.of(2026, 3, 2), null, null, null));
        assertThat(accumulator.month(YearMonth.of(2026, 3)).placements().get(Geography.UNKNOWN_MUNICIPALITY)[0]).isEqualTo(1);
    }

    @Test
    void firstNight_100kPlacementsOverFiveYears_locksAndPublishesWellWithinLambdaLimits() {
        Random random = new Random(7);
        var municipalities = NORWAY.regions().stream().filter(r -> r.level() == Region.Level.MUNICIPALITY).toList();
        Runtime runtime = Runtime.getRuntime();
        runtime.gc();
        long before = runtime.totalMemory() - runtime.freeMemory();
        long start = System.nanoTime();
        StatisticsAccumulator accumulator = new StatisticsAccumulator(NORWAY, DATE);
        for (int i = 0; i < 100_000; i++) {
            LocalDate referred = DATE.minusDays(random.nextInt(5 * 365));
            LocalDate trial = random.nextBoolean() ? referred.plusDays(20) : null;
            LocalDate hired = trial != null && random.nextInt(5) > 0 ? trial.plusDays(28) : null;
            LocalDate ended = hired == null && random.nextBoolean() ? referred.plusDays(60) : null;
            accumulator.addPlacement(new PlacementMilestones(municipalities.get(random.nextInt(municipalities.size())).code(),
                    referred, trial, hired, ended));
        }
        Ledger ledger = Locking.lockDue(Ledger.empty(), accumulator, NORWAY, DATE);
        Publication publication = Publication.of(DATE, Tables.of(NORWAY, ledger, DATE));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        long used = runtime.totalMemory() - runtime.freeMemory() - before;
        long bytes = publication.files().stream().mapToLong(f -> f.bytes().length).sum();
        System.out.println("100k placements, first night (" + ledger.months().size() + " months locked): " + took.toMillis()
                + " ms, ~" + used / (1024 * 1024) + " MB heap, " + bytes / 1024 + " KiB published, "
                + ledger.toJson().length / 1024 + " KiB ledger");
        assertThat(took).isLessThan(Duration.ofSeconds(30));
        assertThat(bytes).isLessThan(50L * 1024 * 1024);
    }
}
