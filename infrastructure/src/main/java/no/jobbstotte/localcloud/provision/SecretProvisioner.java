package no.jobbstotte.localcloud.provision;

import java.security.SecureRandom;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import no.jobbstotte.localcloud.template.Intrinsics;
import no.jobbstotte.localcloud.template.Resource;
import no.jobbstotte.localcloud.template.TemplateException;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.CreateSecretRequest;

/**
 * Creates a template's {@code AWS::SecretsManager::Secret} in the local Secrets Manager, as
 * CloudFormation would: its Name (or {@code <stack>-<logical id>}) and Description, and a value:
 * SecretString as given, or for GenerateSecretString a random one made here (PasswordLength,
 * default 32; ExcludePunctuation; ExcludeCharacters), so each start has values of its own that no
 * file holds. Neither gives an empty secret, as on AWS.
 */
final class SecretProvisioner {

    private static final String LETTERS_AND_DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
    private static final Set<String> GENERATE_OPTIONS = Set.of("PasswordLength", "ExcludePunctuation", "ExcludeCharacters");

    private final SecretsManagerClient secretsManager;
    private final SecureRandom random = new SecureRandom();

    SecretProvisioner(SecretsManagerClient secretsManager) {
        this.secretsManager = secretsManager;
    }

    /** @return the secret's ARN, which is what Ref of it gives */
    String create(Resource secret, Intrinsics intrinsics, String stack) {
        CreateSecretRequest.Builder request = CreateSecretRequest.builder()
                .name(secret.property("Name").map(intrinsics::string).orElse(stack + "-" + secret.logicalId()))
                .description(secret.property("Description").map(intrinsics::string).orElse(null));
        Object given = secret.properties().get("SecretString");
        boolean generate = secret.properties().containsKey("GenerateSecretString");
        if (given != null && generate) {
            throw TemplateException.at(secret, "SecretString and GenerateSecretString exclude each other");
        }
        if (given != null) {
            request.secretString(intrinsics.string(given));
        } else if (generate) {
            request.secretString(generated(secret, secret.map("GenerateSecretString")));
        }
        return secretsManager.createSecret(request.build()).arn();
    }

    private String generated(Resource secret, Map<String, Object> options) {
        Set<String> unsupported = options.keySet().stream().filter(o -> !GENERATE_OPTIONS.contains(o))
                .collect(Collectors.toCollection(TreeSet::new));
        if (!unsupported.isEmpty()) {
            throw TemplateException.at(secret, "GenerateSecretString " + unsupported + " is not supported locally; the "
                    + "local cloud generates values from " + GENERATE_OPTIONS);
        }
        int length = Integer.parseInt(String.valueOf(options.getOrDefault("PasswordLength", 32)));
        String excluded = String.valueOf(options.getOrDefault("ExcludeCharacters", ""));
        boolean punctuation = !Boolean.parseBoolean(String.valueOf(options.getOrDefault("ExcludePunctuation", false)));
        String alphabet = (LETTERS_AND_DIGITS + (punctuation ? PUNCTUATION : "")).chars()
                .filter(c -> excluded.indexOf(c) < 0)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        if (length < 1 || alphabet.isEmpty()) {
            throw TemplateException.at(secret, "GenerateSecretString leaves no value to generate");
        }
        StringBuilder value = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            value.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return value.toString();
    }
}
