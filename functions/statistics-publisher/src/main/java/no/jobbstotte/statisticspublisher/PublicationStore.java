package no.jobbstotte.statisticspublisher;

import no.jobbstotte.statisticspublisher.statistics.Publication;
import no.jobbstotte.statisticspublisher.statistics.PublicationFeed;

/** Where a publication goes. */
interface PublicationStore {

    /** @return how many objects were written (unchanged ones are skipped) */
    int store(Publication publication);

    /** The feed of publications as last stored; empty before the first. */
    PublicationFeed feed();

    /** Replaces the feed of publications (after the publication it names is complete). */
    void store(PublicationFeed feed);

    /** Reads nothing that exists and writes nothing: loads the storage client's request path before a snapshot. */
    default void prime() {}
}
