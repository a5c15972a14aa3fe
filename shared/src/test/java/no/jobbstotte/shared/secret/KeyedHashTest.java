package no.jobbstotte.shared.secret;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueRequest;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;

class KeyedHashTest {

    /** RFC 4231, test case 2: key "Jefe", data "what do ya want for nothing?". */
    @Test
    void hex_isHmacSha256UnderTheSecretsCurrentValue() {
        ManagedSecret jefe = new ManagedSecret(secretOf("Jefe"), "arn:test");

        assertThat(KeyedHash.hex(jefe, "what do ya want for nothing?"))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    private static SecretsManagerClient secretOf(String value) {
        return new SecretsManagerClient() {
            @Override
            public GetSecretValueResponse getSecretValue(GetSecretValueRequest request) {
                return GetSecretValueResponse.builder().versionId("v1").secretString(value).build();
            }

            @Override
            public String serviceName() {
                return "secretsmanager";
            }

            @Override
            public void close() {}
        };
    }
}
