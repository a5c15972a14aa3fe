package no.jobbstotte.agreementsapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import no.jobbstotte.agreementsapi.table.chains.EmployerChain;
import no.jobbstotte.agreementsapi.webhook.WebhookSecret;
import no.jobbstotte.shared.secret.ManagedSecret;
import no.jobbstotte.shared.testing.InMemorySecretsManager;
import org.junit.jupiter.api.Test;

class ChainSigningKeysTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    private final InMemorySecretsManager secretsManager = new InMemorySecretsManager();
    private final Fakes.InMemoryChains chains = new Fakes.InMemoryChains();

    /** A fresh reader of the master, as a new container or a new {@code bin/chains} run has. */
    private ChainSigningKeys keys() {
        return new ChainSigningKeys(new ManagedSecret(secretsManager, "master"), chains, SecureRandom::new);
    }

    private EmployerChain chain(String chainId) {
        return chains.find(chainId).orElseThrow();
    }

    @Test
    void issue_derivesTheSecretFromTheCurrentMaster_andRecordsOnlyItsIdAndVersion() throws Exception {
        chains.register("rema", "Rema 1000");

        ChainSigningKeys.Issued issued = keys().issue("rema", NOW);

        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secretsManager.value(secretsManager.currentVersion()).getBytes(StandardCharsets.UTF_8),
                "HmacSHA256"));
        byte[] expected = mac.doFinal(("chain-signing|rema|" + issued.secretId()).getBytes(StandardCharsets.UTF_8));
        assertThat(issued.secret()).isEqualTo(new WebhookSecret(expected));
        assertThat(chain("rema").secrets()).singleElement().satisfies(s -> {
            assertThat(s.secretId()).isEqualTo(issued.secretId()).matches("sec_[0-9a-f]{12}");
            assertThat(s.masterVersion()).isEqualTo(secretsManager.currentVersion());
            assertThat(s.toString()).doesNotContain(HexFormat.of().formatHex(expected));
        });
    }

    @Test
    void derive_differsPerChainPerSecretAndPerMaster() {
        byte[] master = new byte[32];
        byte[] other = new byte[32];
        other[0] = 1;

        WebhookSecret base = ChainSigningKeys.derive(master, "a", "sec_1");

        assertThat(ChainSigningKeys.derive(master, "a", "sec_1")).isEqualTo(base);
        assertThat(ChainSigningKeys.derive(master, "b", "sec_1")).isNotEqualTo(base);
        assertThat(ChainSigningKeys.derive(master, "a", "sec_2")).isNotEqualTo(base);
        assertThat(ChainSigningKeys.derive(other, "a", "sec_1")).isNotEqualTo(base);
    }

    @Test
    void derive_refusesAShortMaster() {
        assertThatThrownBy(() -> ChainSigningKeys.derive(new byte[ChainSigningKeys.MIN_MASTER_BYTES - 1], "a", "sec_1"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("shorter than 32 bytes");
    }

    @Test
    void active_afterAMasterRotation_aRunningContainerVerifiesSecretsFromBothVersions() {
        chains.register("kiwi", "Kiwi");
        ChainSigningKeys running = keys();
        WebhookSecret before = keys().issue("kiwi", NOW).secret();
        assertThat(running.active(chain("kiwi"), NOW)).containsExactly(before);

        secretsManager.rotate();
        WebhookSecret after = keys().issue("kiwi", NOW).secret();

        assertThat(after).isNotEqualTo(before);
        assertThat(running.active(chain("kiwi"), NOW)).containsExactly(before, after);
    }

    @Test
    void active_secretsOfAMasterVersionTwoRotationsOld_verifyNoMore() {
        chains.register("spar", "Spar");
        WebhookSecret oldest = keys().issue("spar", NOW).secret();
        secretsManager.rotate();
        WebhookSecret previous = keys().issue("spar", NOW).secret();
        assertThat(keys().active(chain("spar"), NOW)).containsExactly(oldest, previous);

        secretsManager.rotate();

        assertThat(keys().active(chain("spar"), NOW)).containsExactly(previous);
    }

    @Test
    void active_leavesOutRevokedLegacyAndOrphanedSecrets_andAllWhileDisabled() {
        chains.register("coop", "Coop");
        chains.addSecret("coop", "sec_stored", EmployerChain.Secret.LEGACY, NOW);
        ChainSigningKeys.Issued revoked = keys().issue("coop", NOW);
        chains.revoke("coop", revoked.secretId(), NOW);
        String goneVersion = secretsManager.currentVersion();
        WebhookSecret orphan = keys().issue("coop", NOW).secret();
        secretsManager.rotate();
        secretsManager.forget(goneVersion);
        WebhookSecret live = keys().issue("coop", NOW).secret();

        assertThat(keys().active(chain("coop"), NOW)).containsExactly(live).doesNotContain(orphan);

        chains.disable("coop");
        assertThat(keys().active(chain("coop"), NOW)).isEmpty();
    }
}
