package no.jobbstotte.agreementsapi.table.chains;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.jobbstotte.localcloud.testing.LocalCloudExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

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

    /** A chain written when secrets were stored: its secret reads as legacy, and revoking it erases the value. */
    @Test
    void legacyEntry_withAStoredSecret_readsAsLegacy_andRevokeRemovesTheValue() {
        String table = cloud.cloud().tableName("ChainsTable");
        ChainRepository chains = new DynamoDbChainRepository(cloud.cloud().dynamoDb(), table);
        Map<String, AttributeValue> key = Map.of("chainId", AttributeValue.fromS("legacy-chain"));
        Map<String, AttributeValue> item = new HashMap<>(key);
        item.put("name", AttributeValue.fromS("Gammel kjede"));
        item.put("status", AttributeValue.fromS("ACTIVE"));
        item.put("secrets", AttributeValue.fromL(List.of(AttributeValue.fromM(Map.of(
                "secretId", AttributeValue.fromS("sec_old"),
                "secret", AttributeValue.fromS("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"),
                "createdAt", AttributeValue.fromS("2025-01-01T00:00:00Z"))))));
        cloud.cloud().dynamoDb().putItem(r -> r.tableName(table).item(item));

        assertThat(chains.find("legacy-chain").orElseThrow().secrets()).singleElement()
                .satisfies(s -> assertThat(s.masterVersion()).isEqualTo(EmployerChain.Secret.LEGACY));
        assertThat(chains.revoke("legacy-chain", "sec_old", Instant.now())).isTrue();

        Map<String, AttributeValue> entry = cloud.cloud().dynamoDb().getItem(r -> r.tableName(table).key(key))
                .item().get("secrets").l().get(0).m();
        assertThat(entry).containsKeys("secretId", "revokedAt").doesNotContainKey("secret");
    }
}
