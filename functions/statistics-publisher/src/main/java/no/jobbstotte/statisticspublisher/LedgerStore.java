package no.jobbstotte.statisticspublisher;

import no.jobbstotte.statisticspublisher.statistics.Ledger;

/** Where the publisher keeps its ledger of locked months: private, never under the public prefix (S3StatisticsBucket). */
interface LedgerStore {

    /** The ledger, or an empty one before the first month was ever locked. */
    Ledger read();

    void write(Ledger ledger);
}
