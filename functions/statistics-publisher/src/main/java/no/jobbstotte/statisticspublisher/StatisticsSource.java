package no.jobbstotte.statisticspublisher;

import java.time.LocalDate;
import no.jobbstotte.statisticspublisher.statistics.StatisticsAccumulator;

/** Streams everything the statistics count into an accumulator, never holding the items. */
interface StatisticsSource {

    /** @return how many items could not be read (malformed dates), for the log */
    long readInto(StatisticsAccumulator accumulator, LocalDate publicationDate);
}
