package no.jobbstotte.statisticspublisher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.jobbstotte.shared.domain.Municipality;
import no.jobbstotte.statisticspublisher.statistics.Ledger;
import no.jobbstotte.statisticspublisher.statistics.Publication;
import no.jobbstotte.statisticspublisher.statistics.PublicationFeed;
import org.junit.jupiter.api.Test;

/**
 * The attack over a sequence of nights: a random history (placements added, progressing, ending,
 * registered late, moved between municipalities, deleted; volunteers; agreements) is published
 * every night through the real publisher, and every night the {@link Intruder} attacks with every
 * earlier night's files as extra knowledge. No hidden count of 1–4 may be narrowed below the
 * promised range on any night.
 *
 * <p>Seeded and bounded by default; a longer run: {@code -Dsequence.nights=400 -Dsequence.seed=<n>}.
 */
class SequenceAttackTest {

    private static final long SEED = Long.getLong("sequence.seed", 20261125L);
    private static final int NIGHTS = Integer.getInteger("sequence.nights", 35);
    private static final LocalDate START = LocalDate.parse(System.getProperty("sequence.start", "2026-12-12"));

    @Test
    void everyNight_attackedWithEveryEarlierNight_narrowsNoSmallCountBelowThePromise() {
        List<String> municipalities = RandomStatistics.SMALL_COUNTRY.stream().map(Municipality::number).toList();
        RandomHistory history = new RandomHistory(SEED, municipalities);
        history.begin(START, 160, 540);
        Intruder intruder = new Intruder();
        MemoryLedger ledger = new MemoryLedger();
        LockedTruth truth = new LockedTruth();
        List<Intruder.Disclosure> disclosures = new ArrayList<>();
        java.util.Set<String> fidelityHidden = new java.util.TreeSet<>();
        int attacked = 0;
        int nightsWithNews = 0;
        long started = System.nanoTime();
        for (int night = 0; night < NIGHTS; night++) {
            LocalDate date = START.plusDays(night);
            history.night(date);
            Publication publication = publish(history, ledger, date);
            Attacker.View view = Attacker.read(publication);
            truth.tonight(view, TrueCounts.of(history, date, RandomStatistics.SMALL_GEOGRAPHY, LockedTruth.snapshotDays(view)));
            Map<String, Long> counts = truth.of(view);
            view.cells().forEach((key, value) -> {
                if (key.startsWith("ips_") && value == null && Intruder.isSmall(counts.get(key))) {
                    fidelityHidden.add(key);
                }
            });
            Intruder.Night result = intruder.learn(night, view, counts);
            attacked += result.attacked();
            nightsWithNews += result.learnedSomething() ? 1 : 0;
            disclosures.addAll(result.disclosures());
            System.out.println("night " + night + " (" + date + "): " + view.cells().size() + " cells, "
                    + result.attacked() + " small counts attacked, " + result.disclosures().size() + " disclosed "
                    + result.disclosures());
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        System.out.println("sequence attack: seed " + SEED + ", " + NIGHTS + " nights from " + START + " (" + history.events
                + "), " + nightsWithNews + " nights with something new, " + attacked + " small counts attacked, "
                + intruder.linearPrograms + " linear programs, " + disclosures.size() + " disclosures, " + took.toSeconds() + " s");
        System.out.println("fidelity: small counts hidden or given away " + fidelityHidden);
        assertThat(attacked).as("the history must produce small hidden counts to attack").isPositive();
        assertThat(fidelityHidden).as("the history must produce small fidelity counts to attack").isNotEmpty();
        assertThat(disclosures).as("small counts narrowed below the promise").isEmpty();
    }

    @Test
    void intruder_theIssuesTwoNights_pinTheSmallQuarter() {
        // Night 1 publishes three quarters and the year; night 2 (one more referral in the fourth
        // quarter) publishes the year and hides the first quarter instead: 101 - 30 - 40 - 30 = 1.
        Intruder intruder = new Intruder();
        Map<String, Long> one = new java.util.LinkedHashMap<>(Map.of("henviste|50|2026", 100L, "henviste|50|2026K1", 30L,
                "henviste|50|2026K2", 40L, "henviste|50|2026K3", 30L));
        one.put("henviste|50|2026K4", null);
        Map<String, Long> two = new java.util.LinkedHashMap<>(Map.of("henviste|50|2026", 101L, "henviste|50|2026K2", 40L,
                "henviste|50|2026K3", 30L));
        two.put("henviste|50|2026K1", null);
        two.put("henviste|50|2026K4", null);
        Map<String, Long> truth = Map.of("henviste|50|2026K1", 30L, "henviste|50|2026K2", 40L, "henviste|50|2026K3", 30L);

        Intruder.Night first = intruder.learn(0, new Attacker.View(one, Map.of()), withYearAndQuarter(truth, 100, 0));
        Intruder.Night second = intruder.learn(1, new Attacker.View(two, Map.of()), withYearAndQuarter(truth, 101, 1));

        assertThat(first.disclosures()).isEmpty();
        assertThat(second.disclosures()).extracting(Intruder.Disclosure::key, Intruder.Disclosure::lowest,
                Intruder.Disclosure::highest).containsExactly(org.assertj.core.groups.Tuple.tuple("henviste|50|2026K4", 1L, 1L));
    }

    private static Map<String, Long> withYearAndQuarter(Map<String, Long> truth, long year, long fourth) {
        Map<String, Long> all = new java.util.HashMap<>(truth);
        all.put("henviste|50|2026", year);
        all.put("henviste|50|2026K4", fourth);
        return all;
    }

    private static Publication publish(RandomHistory history, MemoryLedger ledger, LocalDate date) {
        Capture store = new Capture();
        new StatisticsPublisherService(history, store, ledger, RandomStatistics.SMALL_GEOGRAPHY).publish(date);
        return store.last;
    }

    /** The ledger as the S3 store keeps it: bytes, written and read back every night. */
    static final class MemoryLedger implements LedgerStore {
        private byte[] bytes;

        @Override
        public Ledger read() {
            return bytes == null ? Ledger.empty() : Ledger.parse(bytes);
        }

        @Override
        public void write(Ledger ledger) {
            bytes = ledger.toJson();
        }
    }

    static final class Capture implements PublicationStore {
        Publication last;

        @Override
        public int store(Publication publication) {
            last = publication;
            return publication.files().size();
        }

        @Override
        public PublicationFeed feed() {
            return PublicationFeed.empty();
        }

        @Override
        public void store(PublicationFeed feed) {}
    }
}
