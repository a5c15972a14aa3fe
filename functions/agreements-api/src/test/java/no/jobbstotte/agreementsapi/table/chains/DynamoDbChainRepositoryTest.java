package no.jobbstotte.agreementsapi.table.chains;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Instant;
import no.jobbstotte.agreementsapi.webhook.WebhookSecret;
import no.jobbstotte.localcloud.testing.LocalCloudExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The chains table's owner against the emulated table from template.yaml. */
class DynamoDbChainRepositoryTest {

    @RegisterExtension
    static final LocalCloudExtension cloud = LocalCloudExtension.fromTemplate();

    @Test
    void chainRepository_listShowsChainsAndSecretIds() {
        ChainRepository chains = new DynamoDbChainRepository(cloud.cloud().dynamoDb(), cloud.cloud().tableName("ChainsTable"));
        String chainId = "it-chain";
        WebhookSecret secret = WebhookSecret.generate(new SecureRandom());
        assertThat(chains.register(chainId, "Integrasjonskjeden")).isTrue();
        chains.addSecret(chainId, "sec_1", secret, Instant.now());

        EmployerChain chain = chains.list().stream().filter(c -> c.chainId().equals(chainId)).findFirst().orElseThrow();

        assertThat(chain.name()).isEqualTo("Integrasjonskjeden");
        assertThat(chain.status()).isEqualTo(EmployerChain.Status.ACTIVE);
        assertThat(chain.secrets()).singleElement().satisfies(s -> {
            assertThat(s.secretId()).isEqualTo("sec_1");
            assertThat(s.secret()).isEqualTo(secret);
        });
        assertThat(chains.register(chainId, "Igjen")).isFalse();
    }
}
