package no.jobbstotte.agreementsapi.table.chains;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import no.jobbstotte.agreementsapi.webhook.WebhookSecret;

/**
 * An employer chain (kjede) that may push agreements, with its signing secrets. Several secrets
 * can be active at once so a chain can rotate without downtime. {@link #toString()} never shows a
 * secret value ({@link WebhookSecret#toString()} masks it).
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
    public List<WebhookSecret> activeSecrets(Instant now) {
        if (status != Status.ACTIVE) {
            return List.of();
        }
        return secrets.stream().filter(s -> s.isActive(now)).map(Secret::secret).toList();
    }

    /** One signing secret; the id is what operators and logs refer to, never the value. */
    public record Secret(String secretId, WebhookSecret secret, Instant createdAt, Optional<Instant> revokedAt) {
        public Secret {
            Objects.requireNonNull(secretId, "secretId");
            Objects.requireNonNull(secret, "secret");
            Objects.requireNonNull(createdAt, "createdAt");
            Objects.requireNonNull(revokedAt, "revokedAt");
        }

        public boolean isActive(Instant now) {
            return revokedAt.map(now::isBefore).orElse(true);
        }
    }
}
