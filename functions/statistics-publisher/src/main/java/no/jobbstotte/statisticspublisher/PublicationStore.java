package no.jobbstotte.statisticspublisher;

import no.jobbstotte.statisticspublisher.statistics.Publication;

/** Where a publication goes. */
interface PublicationStore {

    /** @return how many objects were written (unchanged ones are skipped) */
    int store(Publication publication);

    /** Reads nothing that exists and writes nothing: loads the storage client's request path before a snapshot. */
    default void prime() {}
}
