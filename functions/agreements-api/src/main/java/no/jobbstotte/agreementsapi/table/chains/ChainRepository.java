package no.jobbstotte.agreementsapi.table.chains;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The chains that may push agreements, and which signing secrets each has (never their values). */
public interface ChainRepository {

    Optional<EmployerChain> find(String chainId);

    List<EmployerChain> list();

    /** @return false if the chain already exists (it is left as it is) */
    boolean register(String chainId, String name);

    /**
     * Records a new secret: its id and the master version it is derived from.
     *
     * @throws UnknownChainException if there is no such chain
     */
    void addSecret(String chainId, String secretId, String masterVersion, Instant createdAt);

    /** @return false if the chain has no such secret, or it is already revoked */
    boolean revoke(String chainId, String secretId, Instant revokedAt);

    /** @throws UnknownChainException if there is no such chain */
    void disable(String chainId);

    final class UnknownChainException extends RuntimeException {
        public UnknownChainException(String chainId) {
            super("no chain " + chainId);
        }
    }
}
