package no.jobbstotte.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import no.jobbstotte.localcloud.LocalCloud;
import no.jobbstotte.localcloud.template.Resource;
import no.jobbstotte.localcloud.template.Template;
import no.jobbstotte.localcloud.testing.LocalCloudExtension;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue #14, item 6: secrets live in Secrets Manager only. No function's environment holds a
 * secret's value (a function gets the ARN, which its policy lets it read), and no template
 * parameter carries one, where CloudFormation would keep it in the stack and Lambda in plain
 * configuration. (That the chains table holds no key is ChainAdminIntegrationTest's.)
 */
@Order(55)
class HardeningSecretsTest {

    @RegisterExtension
    static final LocalCloudExtension CLOUD = LocalCloudExtension.fromTemplate();

    private static final Pattern SECRET_LIKE_NAME = Pattern.compile("(?i)pepper|secret|password|passphrase|token|key");

    @Test
    void noFunctionEnvironment_holdsASecretsValue_onlyTheArnOfTheOneItUses() {
        LocalCloud cloud = CLOUD.cloud();
        Map<String, String> values = new LinkedHashMap<>();
        for (Resource secret : cloud.template().ofType(Template.SECRET)) {
            String arn = cloud.secretArn(secret.logicalId());
            values.put(secret.logicalId(), cloud.secretsManager().getSecretValue(r -> r.secretId(arn)).secretString());
        }
        assertThat(values).containsOnlyKeys("ChainSigningSecret", "VolunteerEmailPepperSecret",
                "FollowUpActionSigningSecret", "MailRecipientPepperSecret");

        for (String function : cloud.functions().keySet()) {
            Map<String, String> environment = cloud.functionEnvironment(function);
            values.forEach((secret, value) -> assertThat(environment.values())
                    .as("%s's environment holds the value of %s", function, secret).noneMatch(v -> v.contains(value)));
            assertThat(environment.keySet()).as("%s: a variable named like a secret must be an ARN", function)
                    .filteredOn(name -> SECRET_LIKE_NAME.matcher(name).find() && !name.startsWith("AWS_"))
                    .allMatch(name -> name.endsWith("_SECRET_ARN"));
        }
        assertThat(cloud.functionEnvironment("AgreementsApiFunction"))
                .containsEntry("CHAIN_SIGNING_SECRET_ARN", cloud.secretArn("ChainSigningSecret"));
        assertThat(cloud.functionEnvironment("VolunteerSignupFunction"))
                .containsEntry("EMAIL_PEPPER_SECRET_ARN", cloud.secretArn("VolunteerEmailPepperSecret"))
                .doesNotContainKey("EMAIL_PEPPER");
        for (String function : List.of("ReminderSenderFunction", "FollowUpActionsFunction")) {
            assertThat(cloud.functionEnvironment(function))
                    .containsEntry("ACTION_LINK_SECRET_ARN", cloud.secretArn("FollowUpActionSigningSecret"));
        }
        for (String function : List.of("DeliveryEventsFunction", "ReminderSenderFunction", "VolunteerSignupFunction",
                "VolunteerDigestFunction")) {
            assertThat(cloud.functionEnvironment(function))
                    .containsEntry("MAIL_PEPPER_SECRET_ARN", cloud.secretArn("MailRecipientPepperSecret"));
        }
    }

    @Test
    void noTemplateParameter_carriesASecret() {
        Map<String, Object> parameters = CLOUD.cloud().template().parameters();

        assertThat(parameters).doesNotContainKey("VolunteerEmailPepper");
        assertThat(parameters.keySet()).noneMatch(name -> SECRET_LIKE_NAME.matcher(name).find());
        assertThat(parameters.values()).noneMatch(p -> p instanceof Map<?, ?> m && m.containsKey("NoEcho"));
    }
}
