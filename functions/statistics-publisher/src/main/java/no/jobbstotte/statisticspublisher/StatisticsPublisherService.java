package no.jobbstotte.statisticspublisher;

import java.time.LocalDate;
import javax.inject.Inject;
import no.jobbstotte.shared.log.Log;
import no.jobbstotte.statisticspublisher.statistics.Geography;
import no.jobbstotte.statisticspublisher.statistics.Ledger;
import no.jobbstotte.statisticspublisher.statistics.Locking;
import no.jobbstotte.statisticspublisher.statistics.Publication;
import no.jobbstotte.statisticspublisher.statistics.PublicationFeed;
import no.jobbstotte.statisticspublisher.statistics.StatisticsAccumulator;
import no.jobbstotte.statisticspublisher.statistics.Tables;

/**
 * Reads the tables into counters, locks the months that are due (protecting what they add given
 * everything published before), and publishes every locked month from the ledger.
 */
public final class StatisticsPublisherService {

    private static final Log LOG = Log.get(StatisticsPublisherService.class);

    /** What one run did. */
    public record Result(LocalDate date, long placements, long malformed, int files, int written, int locked,
            long lateChanges) {
        @Override
        public String toString() {
            return "published " + date + ": " + files + " files (" + written + " written), " + placements
                    + " placements read, " + malformed + " malformed items skipped, " + locked + " months locked, "
                    + lateChanges + " late changes to locked months left out";
        }
    }

    private final StatisticsSource source;
    private final PublicationStore store;
    private final LedgerStore ledgers;
    private final Geography geography;

    @Inject
    StatisticsPublisherService(StatisticsSource source, PublicationStore store, LedgerStore ledgers, Geography geography) {
        this.source = source;
        this.store = store;
        this.ledgers = ledgers;
        this.geography = geography;
    }

    public Result publish(LocalDate date) {
        StatisticsAccumulator tonight = new StatisticsAccumulator(geography, date);
        long malformed = source.readInto(tonight, date);
        Ledger before = ledgers.read();
        Ledger ledger = Locking.lockDue(before, tonight, geography, date);
        int locked = ledger.months().size() - before.months().size();
        if (locked > 0) {
            // Before anything public: a re-run then publishes exactly these months again, never a
            // second locking of them from counts that have moved on.
            ledgers.write(ledger);
        }
        Publication publication = Publication.of(date, Tables.of(geography, ledger, date));
        int written;
        try {
            written = store.store(publication);
            // After latest moved: an entry never names a publication that is not complete.
            PublicationFeed feed = store.feed();
            PublicationFeed next = feed.after(date, ledger);
            if (!next.equals(feed)) {
                store.store(next);
                written++;
            }
        } catch (RuntimeException e) {
            // Nothing half-published is visible (see S3StatisticsBucket); the run must fail loudly
            // so the schedule's error metric and a re-run pick it up.
            LOG.error("statistics publication failed; latest names the last complete one, and a re-run finishes this one", e,
                    "date", date.toString(), "files", publication.files().size());
            throw e;
        }
        Result result = new Result(date, tonight.placementsRead(), malformed, publication.files().size(), written, locked,
                Locking.lateChanges(before, tonight));
        LOG.info("statistics published", "date", date.toString(), "placements", result.placements(),
                "malformed", result.malformed(), "files", result.files(), "written", result.written(),
                "monthsLocked", result.locked(), "lateChanges", result.lateChanges());
        return result;
    }
}
