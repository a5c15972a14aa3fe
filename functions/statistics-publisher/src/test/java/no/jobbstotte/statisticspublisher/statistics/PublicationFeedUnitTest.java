package no.jobbstotte.statisticspublisher.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The feed's memory: what a run takes as new, and how long the feed grows. */
class PublicationFeedUnitTest {

    @Test
    void after_addsOnlyMonthsNewerThanTheNewestNamed_evenWhenTheirNightFailedBeforeTheFeed() {
        LocalDate march15 = LocalDate.of(2026, 3, 15);
        Ledger ledger = ledger(YearMonth.of(2026, 1), YearMonth.of(2026, 2));
        PublicationFeed feed = PublicationFeed.empty().after(march15, ledger);
        assertThat(feed.entries()).singleElement().satisfies(e -> assertThat(e.months())
                .containsExactly(YearMonth.of(2026, 1), YearMonth.of(2026, 2)));

        assertThat(feed.after(march15.plusDays(1), ledger)).as("nothing new").isSameAs(feed);
        // April locked on 15 May, its feed entry lost with that night's failure: the next night adds it.
        Ledger later = ledger(YearMonth.of(2026, 1), YearMonth.of(2026, 2), YearMonth.of(2026, 3), YearMonth.of(2026, 4));
        PublicationFeed next = feed.after(LocalDate.of(2026, 5, 16), later);
        assertThat(next.entries()).hasSize(2);
        assertThat(next.entries().get(0).months()).containsExactly(YearMonth.of(2026, 3), YearMonth.of(2026, 4));
        assertThat(next.entries().get(0).title()).isEqualTo("Nye tall for mars 2026–april 2026");
        assertThat(PublicationFeed.parse(next.toXml())).as("what is stored is what is read back").isEqualTo(next);
    }

    @Test
    void parse_aFeedThatIsNotOurs_failsTheRunRatherThanLoseEntries() {
        byte[] stored = PublicationFeed.empty().after(LocalDate.of(2026, 3, 15),
                ledger(YearMonth.of(2026, 1), YearMonth.of(2026, 2))).toXml();
        String xml = new String(stored, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> PublicationFeed.parse("<html>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not XML");
        String withDtd = xml.replaceFirst("\\?>", "?><!DOCTYPE feed [<!ENTITY x \"y\">]>");
        assertThatThrownBy(() -> PublicationFeed.parse(withDtd.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalStateException.class);
        String untitled = xml.replaceFirst("(?s)(<entry>.*?)<title>[^<]*</title>", "$1");
        assertThatThrownBy(() -> PublicationFeed.parse(untitled.getBytes(StandardCharsets.UTF_8)))
                .hasMessage("a feed entry without title");
    }

    @Test
    void after_aQuarterLockedWithFidelityCounts_namesTheIpsQualityByCounty() {
        List<LockedMonth> locked = new ArrayList<>(ledger(YearMonth.of(2026, 10), YearMonth.of(2026, 11)).months());
        YearMonth december = YearMonth.of(2026, 12);
        locked.add(new LockedMonth(december, LocalDate.of(2027, 1, 15), new TreeMap<>(), new TreeMap<>(), new TreeMap<>(),
                new TreeMap<>(), new TreeSet<>(), Optional.of(new TreeMap<>(java.util.Map.of("03", CountyFidelity.NONE)))));

        PublicationFeed feed = PublicationFeed.empty().after(LocalDate.of(2027, 1, 15), new Ledger(locked));
        PublicationFeed without = PublicationFeed.empty().after(LocalDate.of(2027, 1, 15),
                ledger(YearMonth.of(2026, 10), YearMonth.of(2026, 11), december));

        assertThat(feed.entries().get(0).summary()).contains("IPS-kvalitet etter fylke: 4. kvartal 2026.");
        assertThat(without.entries().get(0).summary()).doesNotContain("IPS");
    }

    @Test
    void after_keepsTheNewest60Entries() {
        List<YearMonth> months = new ArrayList<>();
        PublicationFeed feed = PublicationFeed.empty();
        for (int i = 0; i < 70; i++) {
            YearMonth month = YearMonth.of(2020, 1).plusMonths(i);
            months.add(month);
            feed = feed.after(month.plusMonths(1).atDay(15), ledger(months.toArray(YearMonth[]::new)));
        }
        assertThat(feed.entries()).hasSize(PublicationFeed.LIMIT);
        assertThat(feed.entries().get(0).months()).containsExactly(YearMonth.of(2025, 10));
        assertThat(feed.entries().get(PublicationFeed.LIMIT - 1).months()).containsExactly(YearMonth.of(2020, 11));
    }

    /** A ledger with these months, each locked on the 15th of the next month (counts do not matter here). */
    private static Ledger ledger(YearMonth... months) {
        List<LockedMonth> locked = new ArrayList<>();
        for (YearMonth month : months) {
            locked.add(new LockedMonth(month, month.plusMonths(1).atDay(15), new TreeMap<>(), new TreeMap<>(), new TreeMap<>(),
                    new TreeMap<>(), new TreeSet<>()));
        }
        return new Ledger(locked);
    }
}
