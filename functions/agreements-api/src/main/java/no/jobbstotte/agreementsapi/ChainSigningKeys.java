package no.jobbstotte.agreementsapi;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import no.jobbstotte.agreementsapi.table.chains.ChainRepository;
import no.jobbstotte.agreementsapi.table.chains.EmployerChain;
import no.jobbstotte.agreementsapi.webhook.WebhookSecret;
import no.jobbstotte.shared.log.Log;
import no.jobbstotte.shared.secret.ManagedSecret;

/**
 * The chains' signing secrets, derived and never stored: each is HMAC-SHA256(master,
 * {@code "chain-signing|<chainId>|<secretId>"}), the master being ChainSigningSecret in Secrets
 * Manager. The chains table records each secret's id and the master version it came from, so a
 * table export gives no secret, and rotating the master changes no secret already issued: the
 * version a secret names is read by that VersionId (while it is AWSCURRENT or AWSPREVIOUS), and new
 * secrets come from AWSCURRENT.
 */
public final class ChainSigningKeys {

    private static final Log LOG = Log.get(ChainSigningKeys.class);
    private static final String LABEL = "chain-signing|";
    /** A master shorter than a SHA-256 block's worth of entropy would weaken every chain's secret. */
    static final int MIN_MASTER_BYTES = 32;

    private final ManagedSecret master;
    private final ChainRepository chains;
    private final Supplier<SecureRandom> random;

    public ChainSigningKeys(ManagedSecret master, ChainRepository chains, Supplier<SecureRandom> random) {
        this.master = master;
        this.chains = chains;
        this.random = random;
    }

    /** A secret just issued; {@link #secret()} is shown to the operator once and kept nowhere. */
    public record Issued(String secretId, WebhookSecret secret) {}

    /**
     * Issues the chain a new secret from the current master version and records its id.
     *
     * @throws ChainRepository.UnknownChainException if there is no such chain
     */
    public Issued issue(String chainId, Instant now) {
        byte[] id = new byte[6];
        random.get().nextBytes(id);
        String secretId = "sec_" + HexFormat.of().formatHex(id);
        ManagedSecret.Version current = master.current();
        WebhookSecret secret = derive(current.value(), chainId, secretId);
        chains.addSecret(chainId, secretId, current.versionId(), now);
        return new Issued(secretId, secret);
    }

    /** The secrets a request from {@code chain} may be signed with at {@code now}; none while it is disabled. */
    public List<WebhookSecret> active(EmployerChain chain, Instant now) {
        List<WebhookSecret> secrets = new ArrayList<>();
        for (EmployerChain.Secret secret : chain.activeSecrets(now)) {
            if (secret.masterVersion().equals(EmployerChain.Secret.LEGACY)) {
                LOG.warn("signing secret from before secrets were derived is refused; issue a new one and revoke it",
                        "chainId", chain.chainId(), "secretId", secret.secretId());
                continue;
            }
            Optional<byte[]> masterValue = master.version(secret.masterVersion());
            if (masterValue.isEmpty()) {
                LOG.warn("signing secret unusable: its master version was rotated out of Secrets Manager; issue a new one",
                        "chainId", chain.chainId(), "secretId", secret.secretId());
                continue;
            }
            secrets.add(derive(masterValue.get(), chain.chainId(), secret.secretId()));
        }
        return secrets;
    }

    static WebhookSecret derive(byte[] master, String chainId, String secretId) {
        if (master.length < MIN_MASTER_BYTES) {
            throw new IllegalStateException("the chain signing master secret is shorter than " + MIN_MASTER_BYTES
                    + " bytes; put a longer random value into it");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(master, "HmacSHA256"));
            return new WebhookSecret(mac.doFinal((LABEL + chainId + "|" + secretId).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            // Every Java runtime must provide HmacSHA256, so this is a broken runtime, not bad input.
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }
}
