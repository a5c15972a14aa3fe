package no.jobbstotte.agreementsapi.table.chains;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
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
        assertThat(chains.register(chainId, "Integrasjonskjeden")).isTrue();
        chains.addSecret(chainId, "sec_1", "a1b2c3d4-0000-4000-8000-000000000001", Instant.now());

        EmployerChain chain = chains.list().stream().filter(c -> c.chainId().equals(chainId)).findFirst().orElseThrow();

        assertThat(chain.name()).isEqualTo("Integrasjonskjeden");
        assertThat(chain.status()).isEqualTo(EmployerChain.Status.ACTIVE);
        assertThat(chain.secrets()).singleElement().satisfies(s -> {
            assertThat(s.secretId()).isEqualTo("sec_1");
            assertThat(s.masterVersion()).isEqualTo("a1b2c3d4-0000-4000-8000-000000000001");
        });
        assertThat(chains.register(chainId, "Igjen")).isFalse();
    }
}
