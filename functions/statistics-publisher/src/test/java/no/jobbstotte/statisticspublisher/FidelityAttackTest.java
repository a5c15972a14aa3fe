package no.jobbstotte.statisticspublisher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import no.jobbstotte.shared.domain.Municipality;
import no.jobbstotte.shared.fidelity.FidelityFacts;
import no.jobbstotte.shared.table.placements.PlacementMilestones;
import no.jobbstotte.statisticspublisher.statistics.StatisticsAccumulator;
import org.junit.jupiter.api.Test;

/**
 * The attack on the IPS fidelity table where it is thinnest: random counties with a handful of
 * participants each (on a caseload, hired, followed up, first contacts, specialists all drawn
 * small), so that every way the table could give a count away is tried: a small count published,
 * a figure over one to four people, the hired ones (and with the share, those followed up) worked
 * out. Each dataset is published
 * through the real publisher on the night the fourth quarter of 2026 is locked and attacked by the
 * {@link Intruder} together with everything else that night publishes. Seeded; more datasets:
 * {@code -Dattack.fidelity.datasets=2000 -Dattack.seed=<n>}.
 */
class FidelityAttackTest {

    private static final long SEED = Long.getLong("attack.seed", 20261207L);
    private static final int DATASETS = Integer.getInteger("attack.fidelity.datasets", 60);
    private static final LocalDate NIGHT = LocalDate.of(2027, 1, 15);
    private static final LocalDate QUARTER_END = LocalDate.of(2026, 12, 31);

    @Test
    void attack_smallRandomCounties_givesAwayNoCountOfOneToFour() {
        List<String> municipalities = RandomStatistics.SMALL_COUNTRY.stream().map(Municipality::number).toList();
        List<Intruder.Disclosure> disclosures = new ArrayList<>();
        Set<String> hiddenSmall = new TreeSet<>();
        int attacked = 0;
        for (int run = 0; run < DATASETS; run++) {
            Random random = new Random(SEED + run);
            List<FidelityFacts> facts = new ArrayList<>();
            for (String municipality : List.of(municipalities.get(0), municipalities.get(3), "0000")) {
                county(random, municipality, facts);
            }
            Attacker.View view = Attacker.read(publish(facts));
            LockedTruth truth = new LockedTruth();
            Map<String, Long> counts = TrueCounts.of(milestones(facts), Map.of(), List.of(), NIGHT,
                    RandomStatistics.SMALL_GEOGRAPHY, List.of());
            counts.putAll(TrueCounts.fidelity(facts, NIGHT, RandomStatistics.SMALL_GEOGRAPHY));
            truth.tonight(view, counts);
            Map<String, Long> truths = truth.of(view);
            view.cells().forEach((key, value) -> {
                if (key.startsWith("ips_") && value == null && Intruder.isSmall(truths.get(key))) {
                    hiddenSmall.add(key.substring(0, key.indexOf('|')));
                }
            });
            Intruder.Night night = new Intruder().learn(run, view, truths);
            attacked += night.attacked();
            disclosures.addAll(night.disclosures());
        }
        System.out.println("fidelity attack: " + DATASETS + " datasets, " + attacked + " hidden small counts attacked, kinds hidden "
                + hiddenSmall + ", " + disclosures.size() + " disclosures");
        assertThat(disclosures).as("small counts published, worked out or narrowed below the promise").isEmpty();
        assertThat(hiddenSmall).as("every kind of count the table rests on or gives away must come out small somewhere")
                .contains(FidelityCells.HIRED, FidelityCells.FOLLOWED, FidelityCells.NOT_FOLLOWED, FidelityCells.FIRST_CONTACTS,
                        FidelityCells.SPECIALISTS);
    }

    /** One county's quarter: a few active (some hired, some of those followed up), a few first contacts, a few specialists. */
    private static void county(Random random, String municipality, List<FidelityFacts> facts) {
        int active = random.nextInt(16);
        int hired = random.nextInt(active + 1);
        int followed = random.nextInt(hired + 1);
        int specialists = active == 0 ? 0 : 1 + random.nextInt(Math.min(active, 8));
        for (int i = 0; i < active; i++) {
            facts.add(fact(facts.size(), "s" + municipality + "-" + (i % specialists), municipality, LocalDate.of(2026, 5, 1),
                    i < hired ? Optional.of(LocalDate.of(2026, 6, 1)) : Optional.empty(), Optional.empty(), Optional.empty(),
                    i < followed ? Optional.of(QUARTER_END.minusDays(random.nextInt(90))) : Optional.empty()));
        }
        for (int i = random.nextInt(10); i > 0; i--) {
            LocalDate referred = LocalDate.of(2026, 9, 1);
            facts.add(fact(facts.size(), "s" + municipality + "-0", municipality, referred, Optional.empty(),
                    Optional.of(QUARTER_END.minusDays(5)), Optional.of(referred.plusDays(31 + random.nextInt(60))), Optional.empty()));
        }
    }

    private static FidelityFacts fact(int id, String specialist, String municipality, LocalDate referred, Optional<LocalDate> hired,
            Optional<LocalDate> ended, Optional<LocalDate> firstContact, Optional<LocalDate> followUp) {
        return new FidelityFacts("p" + id, specialist, "team", municipality, ended.isEmpty(), Optional.of(referred), hired, ended,
                firstContact, followUp, List.of());
    }

    private static List<PlacementMilestones> milestones(List<FidelityFacts> facts) {
        return facts.stream().map(f -> new PlacementMilestones(f.municipalityNumber(), f.referredOn().orElse(null), null,
                f.hiredOn().orElse(null), f.endedOn().orElse(null))).toList();
    }

    private static no.jobbstotte.statisticspublisher.statistics.Publication publish(List<FidelityFacts> facts) {
        StatisticsSource source = (StatisticsAccumulator accumulator, LocalDate date) -> {
            milestones(facts).forEach(accumulator::addPlacement);
            facts.forEach(accumulator::addFidelity);
            return 0;
        };
        SequenceAttackTest.Capture store = new SequenceAttackTest.Capture();
        new StatisticsPublisherService(source, store, new SequenceAttackTest.MemoryLedger(), RandomStatistics.SMALL_GEOGRAPHY)
                .publish(NIGHT);
        return store.last;
    }
}
