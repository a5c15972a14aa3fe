package no.jobbstotte.shared.table.coordinators;

import java.util.Optional;

/** The coordinators: the digest looks them up, the operators' CLI registers them. */
public interface Coordinators {

    /** The municipality's coordinator, or empty if it has none (its notice goes to the national contact). */
    Optional<Coordinator> find(String municipalityNumber);

    /** Registers or replaces the municipality's coordinator. */
    void save(Coordinator coordinator);
}
