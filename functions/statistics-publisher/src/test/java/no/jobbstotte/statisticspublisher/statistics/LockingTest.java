package no.jobbstotte.statisticspublisher.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import no.jobbstotte.shared.table.placements.PlacementMilestones;
import org.junit.jupiter.api.Test;

class LockingTest {

    private static final Geography TINY = ProtectionTest.TINY;

    private static StatisticsAccumulator tables(LocalDate night, List<PlacementMilestones> placements) {
        StatisticsAccumulator accumulator = new StatisticsAccumulator(TINY, night);
        placements.forEach(accumulator::addPlacement);
        return accumulator;
    }

    private static List<PlacementMilestones> referrals(String municipality, LocalDate day, int count) {
        List<PlacementMilestones> placements = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            placements.add(new PlacementMilestones(municipality, day, null, null, null));
        }
        return placements;
    }

    /** Every data file as text, the publication date (all that differs from night to night) masked. */
    private static List<String> data(Publication publication) {
        return publication.files().stream().filter(f -> !f.name().equals(Publication.MANIFEST))
                .map(f -> new String(f.bytes(), StandardCharsets.UTF_8).replace(publication.date().toString(), "DATE")).toList();
    }

    @Test
    void lockDate_isThe15thOfTheFollowingMonth() {
        assertThat(Locking.lockDate(YearMonth.of(2026, 10))).isEqualTo(LocalDate.of(2026, 11, 15));
        assertThat(Locking.lastLocked(LocalDate.of(2026, 11, 14))).isEqualTo(YearMonth.of(2026, 9));
        assertThat(Locking.lastLocked(LocalDate.of(2026, 11, 15))).isEqualTo(YearMonth.of(2026, 10));
        assertThat(Locking.lastLocked(LocalDate.of(2027, 1, 15))).isEqualTo(YearMonth.of(2026, 12));
    }

    @Test
    void lockDue_aLateRegistrationInALockedMonth_changesNothingPublishedAndIsCountedAsLeftOut() {
        List<PlacementMilestones> placements = new ArrayList<>(referrals("1101", LocalDate.of(2026, 10, 5), 12));
        LocalDate first = LocalDate.of(2026, 12, 16);
        Ledger ledger = Locking.lockDue(Ledger.empty(), tables(first, placements), TINY, first);
        Publication before = Publication.of(first, Tables.of(TINY, ledger, first));

        placements.add(new PlacementMilestones("1103", LocalDate.of(2026, 10, 20), null, null, null));
        LocalDate second = first.plusDays(1);
        StatisticsAccumulator tonight = tables(second, placements);
        Ledger again = Locking.lockDue(ledger, tonight, TINY, second);
        Publication after = Publication.of(second, Tables.of(TINY, again, second));

        assertThat(again.months()).hasSameSizeAs(ledger.months()).hasSize(11);
        assertThat(data(after)).isEqualTo(data(before));
        assertThat(Locking.lateChanges(again, tonight)).isEqualTo(1);
    }

    @Test
    void lockDue_missedNights_locksEveryDueMonthOldestFirst_andAQuarterWithItsLastMonth() {
        List<PlacementMilestones> placements = referrals("1101", LocalDate.of(2026, 7, 5), 12);
        LocalDate august = LocalDate.of(2026, 8, 20);
        Ledger ledger = Locking.lockDue(Ledger.empty(), tables(august, placements), TINY, august);
        LocalDate december = LocalDate.of(2026, 12, 20);

        Ledger later = Locking.lockDue(ledger, tables(december, placements), TINY, december);

        assertThat(ledger.lastMonth()).contains(YearMonth.of(2026, 7));
        assertThat(later.months().stream().map(LockedMonth::month).toList()).endsWith(YearMonth.of(2026, 8),
                YearMonth.of(2026, 9), YearMonth.of(2026, 10), YearMonth.of(2026, 11));
        assertThat(LedgerCubes.periods(later)).contains(Period.quarter(2026, 3)).doesNotContain(Period.quarter(2026, 4),
                Period.year(2026));
    }

    @Test
    void tablesOf_anEarlierNight_showOnlyWhatWasLockedByThen() {
        List<PlacementMilestones> placements = referrals("1101", LocalDate.of(2026, 12, 5), 12);
        LocalDate january = LocalDate.of(2027, 1, 15);
        Ledger ledger = Locking.lockDue(Ledger.empty(), tables(january, placements), TINY, january);

        List<StatTable> earlier = Tables.of(TINY, ledger, LocalDate.of(2027, 1, 14));
        List<StatTable> tonight = Tables.of(TINY, ledger, january);

        assertThat(tonight.get(0).periods()).contains(Period.month(2026, 12), Period.year(2026));
        assertThat(earlier).isEmpty();
    }

    @Test
    void ledger_json_readsBackTheSame() {
        List<PlacementMilestones> placements = new ArrayList<>(referrals("1103", LocalDate.of(2026, 2, 5), 3));
        placements.add(new PlacementMilestones("1101", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 20),
                LocalDate.of(2026, 2, 20), null));
        LocalDate night = LocalDate.of(2026, 3, 16);
        Ledger ledger = Locking.lockDue(Ledger.empty(), tables(night, placements), TINY, night);

        Ledger read = Ledger.parse(ledger.toJson());

        assertThat(read.toJson()).isEqualTo(ledger.toJson());
        assertThat(read.months().get(1).hidden()).contains("henviste|0|2026M02");
        assertThat(read.months().get(1).daysToJob().get("1101")).containsEntry(46, 1);
    }
}
