package no.jobbstotte.agreementsapi.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import no.jobbstotte.agreementsapi.ChainSigningKeys;
import no.jobbstotte.agreementsapi.FakeChainsForAdmin;
import no.jobbstotte.agreementsapi.table.chains.ChainRepository;
import no.jobbstotte.agreementsapi.table.chains.EmployerChain;
import no.jobbstotte.agreementsapi.webhook.WebhookSecret;
import no.jobbstotte.shared.secret.ManagedSecret;
import no.jobbstotte.shared.testing.InMemorySecretsManager;
import org.junit.jupiter.api.Test;

class ChainAdminTest {

    private final ChainRepository chains = FakeChainsForAdmin.create();
    private final InMemorySecretsManager secretsManager = new InMemorySecretsManager();
    private final ChainSigningKeys keys = new ChainSigningKeys(new ManagedSecret(secretsManager, "master"), chains,
            SecureRandom::new);
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final ChainAdmin admin = new ChainAdmin(chains, keys, new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC));

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void issueSecret_printsTheSecretOnceToStdoutOnly_andListNeverShowsIt() {
        assertThat(admin.run("register", "rema-1000", "Rema 1000")).isZero();
        out.reset();

        assertThat(admin.run("issue-secret", "rema-1000")).isZero();

        String printed = out().strip();
        assertThat(printed).startsWith("whsec_");
        WebhookSecret secret = WebhookSecret.parse(printed);
        EmployerChain chain = chains.find("rema-1000").orElseThrow();
        assertThat(keys.active(chain, Instant.parse("2026-03-02T10:00:00Z"))).containsExactly(secret);
        assertThat(chain.secrets()).singleElement()
                .satisfies(s -> assertThat(s.masterVersion()).isEqualTo(secretsManager.currentVersion()));
        assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain(printed);
        assertThat(chain.toString()).doesNotContain(printed.substring(6));

        out.reset();
        assertThat(admin.run("list")).isZero();
        assertThat(out()).contains("rema-1000", "ACTIVE", chain.secrets().get(0).secretId(), "active")
                .doesNotContain(printed).doesNotContain(printed.substring(6));
    }

    @Test
    void revokeAndDisable_changeTheChain() {
        admin.run("register", "kiwi", "Kiwi");
        admin.run("issue-secret", "kiwi");
        String secretId = chains.find("kiwi").orElseThrow().secrets().get(0).secretId();

        assertThat(admin.run("revoke", "kiwi", secretId)).isZero();
        assertThat(admin.run("revoke", "kiwi", secretId)).isEqualTo(1);
        assertThat(admin.run("disable", "kiwi")).isZero();

        EmployerChain chain = chains.find("kiwi").orElseThrow();
        assertThat(chain.status()).isEqualTo(EmployerChain.Status.DISABLED);
        assertThat(chain.secrets().get(0).revokedAt()).isPresent();
        out.reset();
        admin.run("list");
        assertThat(out()).contains("DISABLED", "revoked 2026-03-02T10:00:00Z");
    }

    @Test
    void run_badArguments_usageAndExitCode2() {
        assertThat(admin.run()).isEqualTo(2);
        assertThat(admin.run("register", "x")).isEqualTo(2);
        assertThat(admin.run("register", "bad id", "Name")).isEqualTo(2);
        assertThat(admin.run("frobnicate")).isEqualTo(2);
        assertThat(admin.run("issue-secret", "missing")).isEqualTo(1);
        assertThat(admin.run("disable", "missing")).isEqualTo(1);
        assertThat(admin.run("register", "dup", "A")).isZero();
        assertThat(admin.run("register", "dup", "B")).isEqualTo(1);
    }
}
