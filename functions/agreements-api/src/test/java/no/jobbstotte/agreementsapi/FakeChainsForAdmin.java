package no.jobbstotte.agreementsapi;

import no.jobbstotte.agreementsapi.table.chains.ChainRepository;

/** Opens the in-memory chain repository to the admin package's tests. */
public final class FakeChainsForAdmin {
    private FakeChainsForAdmin() {}

    public static ChainRepository create() {
        return new Fakes.InMemoryChains();
    }
}
