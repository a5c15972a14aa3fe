package no.jobbstotte.localcloud.provision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import no.jobbstotte.localcloud.emulator.RunningSecretsManager;
import no.jobbstotte.localcloud.template.Intrinsics;
import no.jobbstotte.localcloud.template.Template;
import no.jobbstotte.localcloud.template.TemplateException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;

/** A template's secrets, created in the local Secrets Manager the way CloudFormation creates them. */
class SecretProvisionerTest {

    private static final String TEMPLATE = """
            Resources:
              Generated:
                Type: AWS::SecretsManager::Secret
                Properties:
                  Name: !Sub ${AWS::StackName}-generated
                  Description: made here
                  GenerateSecretString: { PasswordLength: 64, ExcludePunctuation: true, ExcludeCharacters: 'aeiou' }
              Defaults:
                Type: AWS::SecretsManager::Secret
                Properties:
                  GenerateSecretString: {}
              Given:
                Type: AWS::SecretsManager::Secret
                Properties:
                  SecretString: !Sub ${AWS::StackName}-value
              Empty:
                Type: AWS::SecretsManager::Secret
              Templated:
                Type: AWS::SecretsManager::Secret
                Properties:
                  GenerateSecretString: { SecretStringTemplate: '{"user":"a"}', GenerateStringKey: password }
              Both:
                Type: AWS::SecretsManager::Secret
                Properties:
                  SecretString: x
                  GenerateSecretString: { PasswordLength: 8 }
            """;

    private static RunningSecretsManager secretsManager;
    private static SecretsManagerClient client;
    private static Template template;
    private static Intrinsics intrinsics;
    private static SecretProvisioner provisioner;

    @BeforeAll
    static void start() {
        secretsManager = new RunningSecretsManager();
        client = secretsManager.client();
        template = Template.parse(Path.of("template.yaml"), TEMPLATE);
        intrinsics = new Intrinsics(template, new ProvisionedResources(), Map.of("AWS::StackName", "st"));
        provisioner = new SecretProvisioner(client);
    }

    @AfterAll
    static void stop() {
        secretsManager.close();
    }

    private String create(String logicalId) {
        return provisioner.create(template.resource(logicalId).orElseThrow(), intrinsics, "st");
    }

    private String value(String arn) {
        return client.getSecretValue(r -> r.secretId(arn)).secretString();
    }

    @Test
    void generateSecretString_makesARandomValueOfTheAskedLengthAndAlphabet() {
        String arn = create("Generated");

        assertThat(arn).contains(":secret:st-generated-");
        assertThat(value(arn)).matches("[A-Za-z0-9]{64}").doesNotContainPattern("[aeiou]");
        assertThat(client.describeSecret(r -> r.secretId(arn)).description()).isEqualTo("made here");
        assertThat(value(create("Defaults"))).hasSize(32).as("CloudFormation's default length");
    }

    @Test
    void secretString_isStoredAsGiven_andNeitherGivesAnEmptySecret() {
        assertThat(value(create("Given"))).isEqualTo("st-value");
        String empty = create("Empty");
        assertThat(empty).contains(":secret:st-Empty-");
        assertThatThrownBy(() -> value(empty)).isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void whatTheLocalCloudCannotGenerate_stopsItWithTheResourceAndLine() {
        assertThatThrownBy(() -> create("Templated")).isInstanceOf(TemplateException.class)
                .hasMessageContaining("resource Templated").hasMessageContaining("line")
                .hasMessageContaining("[GenerateStringKey, SecretStringTemplate] is not supported locally");
        assertThatThrownBy(() -> create("Both")).isInstanceOf(TemplateException.class)
                .hasMessageContaining("exclude each other");
    }
}
