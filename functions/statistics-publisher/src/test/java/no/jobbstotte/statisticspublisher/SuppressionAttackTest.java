package no.jobbstotte.statisticspublisher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.jobbstotte.shared.domain.Municipality;
import no.jobbstotte.shared.statistics.Publication;
import org.junit.jupiter.api.Test;

/**
 * Property-style attack on the disclosure control: a seeded loop over many random datasets, each
 * published twice with one placement changed in between. For every suppressed count the intruder
 * computes the exact range the published files allow (see {@link Attacker}); the attack succeeds
 * if a range collapses to one value, or proves a count to be one of 1–4.
 */
class SuppressionAttackTest {

    private static final long SEED = Long.getLong("attack.seed", 20261125L);
    private static final int DATASETS = Integer.getInteger("attack.datasets", 30);
    private static final LocalDate FIRST = LocalDate.of(2026, 6, 30);

    @Test
    void attack_randomDatasetsAndOneChangedPlacement_recoversNoSuppressedCell() {
        List<String> municipalities = RandomStatistics.SMALL_COUNTRY.stream().map(Municipality::number).toList();
        List<String> disclosures = new ArrayList<>();
        int suppressedSeen = 0;
        for (int run = 0; run < DATASETS; run++) {
            long seed = SEED + run;
            RandomStatistics random = new RandomStatistics(seed, municipalities, FIRST);
            int spread = 30 + (int) (seed % 5) * 35;
            RandomStatistics.Dataset first = random.dataset(run % 2 == 0 ? 25 : 80, spread);
            RandomStatistics.Dataset second = first.withPlacements(random.changeOne(first.placements(), spread));
            Publication one = first.publish(RandomStatistics.SMALL_GEOGRAPHY, FIRST);
            Publication two = second.publish(RandomStatistics.SMALL_GEOGRAPHY, FIRST);
            Attacker.View viewOne = Attacker.read(one);
            Attacker.View viewTwo = Attacker.read(two);

            Map<String, Attacker.Range> alone = Attacker.attack(viewTwo);
            Map<String, Attacker.Range> together = Attacker.attack(viewOne, viewTwo);
            suppressedSeen += alone.size();
            alone.forEach((key, range) -> check(disclosures, seed, "one publication", key, range));
            together.forEach((key, range) -> check(disclosures, seed, "two publications", key, range));
        }
        assertThat(suppressedSeen).as("the datasets must exercise suppression").isGreaterThan(DATASETS * 5);
        assertThat(disclosures).as("cells an intruder can recover").isEmpty();
    }

    @Test
    void attack_primarySuppressionOnly_isCaught() {
        // The intruder is not toothless: with small counts blanked but no secondary suppression,
        // differencing a published total recovers them.
        Attacker.View view = new Attacker.View(new java.util.LinkedHashMap<>(Map.of(
                "henviste|11|2026", 12L, "henviste|1101|2026", 9L)), Map.of("1101", "11", "1103", "11"));
        view.cells().put("henviste|1103|2026", null);
        Attacker.Range range = Attacker.attack(view).get("henviste|1103|2026");
        assertThat(range.pinned()).isTrue();
        assertThat(range.lowest()).isEqualTo(3);
    }

    private static void check(List<String> disclosures, long seed, String how, String key, Attacker.Range range) {
        if (range.pinned() || range.provedSmall()) {
            disclosures.add("seed " + seed + ", " + how + ": " + key + " in [" + range.lowest() + ", "
                    + (range.highest() == Long.MAX_VALUE ? "∞" : range.highest()) + "]");
        }
    }
}
