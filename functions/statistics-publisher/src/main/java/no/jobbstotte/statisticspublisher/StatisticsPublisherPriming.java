package no.jobbstotte.statisticspublisher;

import java.time.LocalDate;
import javax.inject.Inject;
import no.jobbstotte.statisticspublisher.statistics.Geography;
import no.jobbstotte.statisticspublisher.statistics.Ledger;
import no.jobbstotte.statisticspublisher.statistics.Locking;
import no.jobbstotte.statisticspublisher.statistics.Publication;
import no.jobbstotte.statisticspublisher.statistics.StatisticsAccumulator;
import no.jobbstotte.statisticspublisher.statistics.Tables;

/**
 * SnapStart prime: an empty accumulator's months locked into an empty ledger (disclosure control
 * included) and every table serialised to JSON-stat and CSV, and one lookup of an object that
 * cannot exist (builds the S3 client's request pipeline). Reads no placements and writes nothing.
 */
final class StatisticsPublisherPriming implements Runnable {

    private final Geography geography;
    private final PublicationStore store;

    @Inject
    StatisticsPublisherPriming(Geography geography, PublicationStore store) {
        this.geography = geography;
        this.store = store;
    }

    @Override
    public void run() {
        LocalDate day = LocalDate.of(2026, 2, 20);
        Ledger ledger = Locking.lockDue(Ledger.empty(), new StatisticsAccumulator(geography, day), geography, day);
        Publication.of(day, Tables.of(geography, ledger, day));
        store.prime();
    }
}
