package no.jobbstotte.statisticspublisher;

import java.time.LocalDate;
import javax.inject.Inject;
import no.jobbstotte.shared.log.Log;
import no.jobbstotte.statisticspublisher.statistics.Geography;
import no.jobbstotte.statisticspublisher.statistics.Publication;
import no.jobbstotte.statisticspublisher.statistics.StatisticsAccumulator;

/** Reads the tables into counters, protects the tables, and publishes them. */
public final class StatisticsPublisherService {

    private static final Log LOG = Log.get(StatisticsPublisherService.class);

    /** What one run did. */
    public record Result(LocalDate date, long placements, long malformed, int files, int written) {
        @Override
        public String toString() {
            return "published " + date + ": " + files + " files (" + written + " written), " + placements
                    + " placements read, " + malformed + " malformed items skipped";
        }
    }

    private final StatisticsSource source;
    private final PublicationStore store;
    private final Geography geography;

    @Inject
    StatisticsPublisherService(StatisticsSource source, PublicationStore store, Geography geography) {
        this.source = source;
        this.store = store;
        this.geography = geography;
    }

    public Result publish(LocalDate date) {
        StatisticsAccumulator accumulator = new StatisticsAccumulator(geography, date);
        long malformed = source.readInto(accumulator, date);
        Publication publication = Publication.of(date, accumulator.tables());
        int written;
        try {
            written = store.store(publication);
        } catch (RuntimeException e) {
            // Nothing half-published is visible (see S3PublicationStore); the run must fail loudly
            // so the schedule's error metric and a re-run pick it up.
            LOG.error("statistics publication failed; latest names the last complete one, and a re-run finishes this one", e,
                    "date", date.toString(), "files", publication.files().size());
            throw e;
        }
        Result result = new Result(date, accumulator.placementsRead(), malformed, publication.files().size(), written);
        LOG.info("statistics published", "date", date.toString(), "placements", result.placements(),
                "malformed", result.malformed(), "files", result.files(), "written", result.written());
        return result;
    }
}
