package no.jobbstotte.localcloud.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.CreateSecretResponse;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;
import software.amazon.awssdk.services.secretsmanager.model.InvalidParameterException;
import software.amazon.awssdk.services.secretsmanager.model.ResourceExistsException;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;

/** The local Secrets Manager answers the AWS SDK as Secrets Manager does, for the operations it has. */
class SecretsManagerEmulatorTest {

    private static RunningSecretsManager secretsManager;
    private static SecretsManagerClient client;

    @BeforeAll
    static void start() {
        secretsManager = new RunningSecretsManager();
        client = secretsManager.client();
    }

    @AfterAll
    static void stop() {
        secretsManager.close();
    }

    @Test
    void createSecret_thenGetSecretValue_byNameAndByArn() {
        CreateSecretResponse created = client.createSecret(r -> r.name("app/master").secretString("v1"));

        assertThat(created.arn()).matches("arn:aws:secretsmanager:eu-north-1:000000000000:secret:app/master-[A-Za-z0-9]{6}");
        assertThat(created.name()).isEqualTo("app/master");
        for (String id : List.of("app/master", created.arn())) {
            GetSecretValueResponse value = client.getSecretValue(r -> r.secretId(id));
            assertThat(value.secretString()).isEqualTo("v1");
            assertThat(value.versionId()).isEqualTo(created.versionId());
            assertThat(value.versionStages()).containsExactly("AWSCURRENT");
            assertThat(value.arn()).isEqualTo(created.arn());
            assertThat(value.createdDate()).isNotNull();
        }
    }

    @Test
    void putSecretValue_movesAwsCurrent_leavesAwsPrevious_andEveryVersionStaysReadableById() {
        String arn = client.createSecret(r -> r.name("rotated").secretString("one")).arn();
        String one = client.getSecretValue(r -> r.secretId(arn)).versionId();

        String two = client.putSecretValue(r -> r.secretId(arn).secretString("two")).versionId();
        String three = client.putSecretValue(r -> r.secretId("rotated").secretString("three")).versionId();

        assertThat(client.getSecretValue(r -> r.secretId(arn)).secretString()).isEqualTo("three");
        assertThat(client.getSecretValue(r -> r.secretId(arn).versionStage("AWSPREVIOUS")).secretString()).isEqualTo("two");
        assertThat(client.getSecretValue(r -> r.secretId(arn).versionId(one)).secretString()).isEqualTo("one");
        assertThat(client.getSecretValue(r -> r.secretId(arn).versionId(one)).versionStages()).isEmpty();
        assertThat(client.describeSecret(r -> r.secretId(arn)).versionIdsToStages())
                .isEqualTo(Map.of(three, List.of("AWSCURRENT"), two, List.of("AWSPREVIOUS")));
    }

    @Test
    void putSecretValue_sameClientRequestToken_isIdempotent_butCannotChangeAVersion() {
        String arn = client.createSecret(r -> r.name("tokens")).arn();
        String token = "0b7ab4b8-1d3e-4f3c-9a8e-2b1f6a1c9d00";

        String first = client.putSecretValue(r -> r.secretId(arn).secretString("x").clientRequestToken(token)).versionId();
        String again = client.putSecretValue(r -> r.secretId(arn).secretString("x").clientRequestToken(token)).versionId();

        assertThat(first).isEqualTo(token).isEqualTo(again);
        assertThatThrownBy(() -> client.putSecretValue(r -> r.secretId(arn).secretString("y").clientRequestToken(token)))
                .isInstanceOf(ResourceExistsException.class);
    }

    @Test
    void secretBinary_roundTrips() {
        byte[] bytes = {0, 1, 2, (byte) 0xff};
        String arn = client.createSecret(r -> r.name("binary").secretBinary(SdkBytes.fromByteArray(bytes))).arn();

        GetSecretValueResponse value = client.getSecretValue(r -> r.secretId(arn));

        assertThat(value.secretBinary().asByteArray()).isEqualTo(bytes);
        assertThat(value.secretString()).isNull();
    }

    @Test
    void errors_areTheSdksModelledExceptions() {
        client.createSecret(r -> r.name("twice").secretString("a"));

        assertThatThrownBy(() -> client.getSecretValue(r -> r.secretId("no-such-secret")))
                .isInstanceOf(ResourceNotFoundException.class).hasMessageContaining("can't find the specified secret");
        assertThatThrownBy(() -> client.getSecretValue(r -> r.secretId("twice").versionId("0b7ab4b8-0000-4000-8000-000000000000")))
                .isInstanceOf(ResourceNotFoundException.class).hasMessageContaining("VersionId");
        assertThatThrownBy(() -> client.getSecretValue(r -> r.secretId("twice").versionStage("AWSPENDING")))
                .isInstanceOf(ResourceNotFoundException.class).hasMessageContaining("staging label: AWSPENDING");
        assertThatThrownBy(() -> client.createSecret(r -> r.name("twice").secretString("b")))
                .isInstanceOf(ResourceExistsException.class);
        assertThatThrownBy(() -> client.createSecret(r -> r.name("bad name!").secretString("b")))
                .isInstanceOf(InvalidParameterException.class);
        assertThatThrownBy(() -> client.putSecretValue(r -> r.secretId("twice")))
                .isInstanceOf(InvalidParameterException.class);
        assertThatThrownBy(() -> client.getSecretValue(r -> r.secretId("twice").versionId("short")))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("32 to 64");
    }

    @Test
    void anOperationItDoesNotHave_isRefusedInAwsErrorShape() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(secretsManager.endpoint())
                .header("X-Amz-Target", "secretsmanager.ListSecrets")
                .header("Content-Type", "application/x-amz-json-1.1")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/x-amz-json-1.1");
        JsonNode error = new ObjectMapper().readTree(response.body());
        assertThat(error.path("__type").asText()).isEqualTo("UnknownOperationException");
        assertThat(error.path("message").asText()).contains("GetSecretValue").contains("ListSecrets");
    }
}
