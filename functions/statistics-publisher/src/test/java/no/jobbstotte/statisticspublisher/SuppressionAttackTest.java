package no.jobbstotte.statisticspublisher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.jobbstotte.shared.domain.Municipality;
import no.jobbstotte.statisticspublisher.statistics.Publication;
import org.junit.jupiter.api.Test;

/**
 * The attack on one publication, over many random datasets (a seeded loop): each is published the
 * way the first night ever publishes, locking every month that is due at once, and the
 * {@link Intruder} computes the range of every hidden count of 1–4. None may be narrower than the
 * README promises. Sequences of nights are {@link SequenceAttackTest}'s. More datasets:
 * {@code -Dattack.datasets=200 -Dattack.seed=<n>}.
 */
class SuppressionAttackTest {

    private static final long SEED = Long.getLong("attack.seed", 20261125L);
    private static final int DATASETS = Integer.getInteger("attack.datasets", 6);
    /** A night that publishes all of 2026: counties and municipalities by year included. */
    private static final LocalDate NIGHT = LocalDate.of(2027, 1, 20);

    @Test
    void attack_randomDatasets_narrowsNoSmallCountBelowThePromise() {
        List<String> municipalities = RandomStatistics.SMALL_COUNTRY.stream().map(Municipality::number).toList();
        List<Intruder.Disclosure> disclosures = new ArrayList<>();
        int attacked = 0;
        for (int run = 0; run < DATASETS; run++) {
            long seed = SEED + run;
            RandomStatistics random = new RandomStatistics(seed, municipalities, NIGHT);
            RandomStatistics.Dataset dataset = random.dataset(run % 2 == 0 ? 40 : 150, 60 + (int) (seed % 5) * 75);
            Attacker.View view = Attacker.read(dataset.publish(RandomStatistics.SMALL_GEOGRAPHY, NIGHT));
            Map<String, Long> volunteers = new TreeMap<>();
            dataset.volunteers().forEach(v -> volunteers.merge(v.municipality() + "|" + v.month(), v.count(), Long::sum));
            LockedTruth truth = new LockedTruth();
            truth.tonight(view, TrueCounts.of(dataset.placements(), volunteers, dataset.agreements(), NIGHT,
                    RandomStatistics.SMALL_GEOGRAPHY, LockedTruth.snapshotDays(view)));
            Intruder.Night night = new Intruder().learn(run, view, truth.of(view));
            attacked += night.attacked();
            disclosures.addAll(night.disclosures());
        }
        assertThat(attacked).as("the datasets must produce small hidden counts").isGreaterThan(DATASETS * 5);
        assertThat(disclosures).as("small counts narrowed below the promise").isEmpty();
        System.out.println("attack: " + DATASETS + " datasets, " + attacked + " hidden small counts attacked, none narrowed");
    }

    @Test
    void attack_primarySuppressionOnly_isCaught() {
        // The intruder is not toothless: with small counts blanked but no secondary suppression,
        // differencing a published total recovers them.
        Map<String, Long> cells = new LinkedHashMap<>(Map.of("henviste|11|2026", 12L, "henviste|1101|2026", 9L));
        cells.put("henviste|1103|2026", null);
        Attacker.View view = new Attacker.View(cells, Map.of("1101", "11", "1103", "11"));
        Intruder.Night night = new Intruder().learn(0, view, Map.of("henviste|11|2026", 12L, "henviste|1101|2026", 9L,
                "henviste|1103|2026", 3L));
        assertThat(night.disclosures()).extracting(Intruder.Disclosure::key, Intruder.Disclosure::lowest, Intruder.Disclosure::highest)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("henviste|1103|2026", 3L, 3L));
    }

    @Test
    void publication_firstNight_locksTheMonthsDueAndNothingOpen() {
        RandomStatistics random = new RandomStatistics(SEED, RandomStatistics.SMALL_COUNTRY.stream().map(Municipality::number).toList(), NIGHT);
        Publication publication = random.dataset(60, 300).publish(RandomStatistics.SMALL_GEOGRAPHY, NIGHT);
        Attacker.View view = Attacker.read(publication);
        assertThat(view.cells().keySet()).anyMatch(k -> k.endsWith("|2026M12")).anyMatch(k -> k.endsWith("|2026"))
                .noneMatch(k -> k.endsWith("|2027M01")).noneMatch(k -> k.endsWith("|2027"));
    }
}
