package no.jobbstotte.agreementsapi.table.chains;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An employer chain (kjede) that may push agreements, with its signing secrets. Several secrets
 * can be active at once so a chain can rotate without downtime. A secret is never stored: each is
 * derived from the master secret in Secrets Manager (see {@code ChainSigningKeys}), so the table
 * holds only what names it.
 */
public record EmployerChain(String chainId, String name, Status status, List<Secret> secrets) {

    public enum Status { ACTIVE, DISABLED }

    public EmployerChain {
        Objects.requireNonNull(chainId, "chainId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        secrets = List.copyOf(secrets);
    }

    /** The secrets a request may be signed with at {@code now}: none at all while the chain is disabled. */
    public List<Secret> activeSecrets(Instant now) {
        if (status != Status.ACTIVE) {
            return List.of();
        }
        return secrets.stream().filter(s -> s.isActive(now)).toList();
    }

    /**
     * One signing secret, by reference: its id (what operators and logs refer to) and the version
     * of the master secret it is derived from (a Secrets Manager VersionId). Neither gives the
     * secret without the master.
     */
    public record Secret(String secretId, String masterVersion, Instant createdAt, Optional<Instant> revokedAt) {

        /** The master version of a secret issued before secrets were derived: it was stored, and is accepted no more. */
        public static final String LEGACY = "";

        public Secret {
            Objects.requireNonNull(secretId, "secretId");
            Objects.requireNonNull(masterVersion, "masterVersion");
            Objects.requireNonNull(createdAt, "createdAt");
            Objects.requireNonNull(revokedAt, "revokedAt");
        }

        public boolean isActive(Instant now) {
            return revokedAt.map(now::isBefore).orElse(true);
        }
    }
}
