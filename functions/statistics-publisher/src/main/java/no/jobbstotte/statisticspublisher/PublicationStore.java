package no.jobbstotte.statisticspublisher;

import no.jobbstotte.shared.statistics.Publication;

/** Where a publication goes. */
interface PublicationStore {

    /** @return how many objects were written (unchanged ones are skipped) */
    int store(Publication publication);
}
