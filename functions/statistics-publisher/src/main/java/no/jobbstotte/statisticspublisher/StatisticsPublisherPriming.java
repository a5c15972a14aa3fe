package no.jobbstotte.statisticspublisher;

import java.time.LocalDate;
import javax.inject.Inject;
import no.jobbstotte.statisticspublisher.statistics.Geography;
import no.jobbstotte.statisticspublisher.statistics.Publication;
import no.jobbstotte.statisticspublisher.statistics.StatisticsAccumulator;

/**
 * SnapStart prime: every table (suppression included) of an empty accumulator serialised to
 * JSON-stat and CSV, and one lookup of an object that cannot exist (builds the S3 client's request
 * pipeline). Reads no placements and writes nothing.
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
        LocalDate day = LocalDate.of(2026, 1, 5);
        StatisticsAccumulator accumulator = new StatisticsAccumulator(geography, day);
        Publication.of(day, accumulator.tables());
        store.prime();
    }
}
