package no.jobbstotte.agreementsapi.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;
import no.jobbstotte.agreementsapi.table.chains.DynamoDbChainRepository;
import no.jobbstotte.agreementsapi.table.chains.EmployerChain;
import no.jobbstotte.agreementsapi.webhook.WebhookSecret;
import no.jobbstotte.localcloud.testing.LocalCloudExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The operator commands against the chains table in the emulated DynamoDB. */
class ChainAdminIntegrationTest {

    @RegisterExtension
    static final LocalCloudExtension cloud = LocalCloudExtension.fromTemplate();

    @Test
    void commands_registerIssueRotateRevokeDisable_endInTheTable() {
        var chains = new DynamoDbChainRepository(cloud.cloud().dynamoDb(), cloud.cloud().tableName("ChainsTable"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ChainAdmin admin = new ChainAdmin(chains, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), Clock.systemUTC(),
                new SecureRandom());
        String chainId = "adm-" + UUID.randomUUID().toString().substring(0, 8);

        assertThat(admin.run("register", chainId, "Coop Extra")).isZero();
        out.reset();
        assertThat(admin.run("issue-secret", chainId)).isZero();
        WebhookSecret first = WebhookSecret.parse(out.toString(StandardCharsets.UTF_8).strip());
        out.reset();
        assertThat(admin.run("issue-secret", chainId)).isZero();
        WebhookSecret second = WebhookSecret.parse(out.toString(StandardCharsets.UTF_8).strip());
        EmployerChain chain = chains.find(chainId).orElseThrow();
        assertThat(chain.activeSecrets(java.time.Instant.now())).containsExactly(first, second);

        assertThat(admin.run("revoke", chainId, chain.secrets().get(0).secretId())).isZero();
        assertThat(chains.find(chainId).orElseThrow().activeSecrets(java.time.Instant.now())).containsExactly(second);
        out.reset();
        assertThat(admin.run("list")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains(chainId, "revoked", "active")
                .doesNotContain(first.encoded()).doesNotContain(second.encoded());

        assertThat(admin.run("disable", chainId)).isZero();
        assertThat(chains.find(chainId).orElseThrow().activeSecrets(java.time.Instant.now())).isEmpty();
    }
}
