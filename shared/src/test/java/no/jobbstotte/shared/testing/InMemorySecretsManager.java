package no.jobbstotte.shared.testing;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueRequest;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;
import software.amazon.awssdk.services.secretsmanager.model.InvalidParameterException;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;

/**
 * One secret with versions and their staging labels, as Secrets Manager answers GetSecretValue
 * (AWSCURRENT unless a VersionId is asked, and that one 32 to 64 characters long), for unit tests;
 * counts the calls so a test can see what is cached.
 */
public final class InMemorySecretsManager implements SecretsManagerClient {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, String> versions = new LinkedHashMap<>();
    private String current;
    private String previous;
    private int calls;

    public InMemorySecretsManager() {
        rotate();
    }

    /** Puts a new random value, as {@code put-secret-value} does, and makes it AWSCURRENT; returns its VersionId. */
    public synchronized String rotate() {
        byte[] value = new byte[32];
        RANDOM.nextBytes(value);
        return put(HexFormat.of().formatHex(value));
    }

    /** As put-secret-value: the new version is AWSCURRENT, the one that was is AWSPREVIOUS, any older one has no label. */
    public synchronized String put(String value) {
        previous = current;
        current = UUID.randomUUID().toString();
        versions.put(current, value);
        return current;
    }

    /** Deletes a version, as Secrets Manager may once a version has no staging label. */
    public synchronized void forget(String versionId) {
        versions.remove(versionId);
    }

    public synchronized String currentVersion() {
        return current;
    }

    public synchronized String value(String versionId) {
        return versions.get(versionId);
    }

    public synchronized int calls() {
        return calls;
    }

    @Override
    public synchronized GetSecretValueResponse getSecretValue(GetSecretValueRequest request) {
        calls++;
        if (request.versionId() != null && (request.versionId().length() < 32 || request.versionId().length() > 64)) {
            throw InvalidParameterException.builder().message("VersionId must be 32 to 64 characters").build();
        }
        String versionId = request.versionId() != null ? request.versionId() : current;
        String value = versions.get(versionId);
        if (value == null) {
            throw ResourceNotFoundException.builder()
                    .message("Secrets Manager can't find the specified secret value for VersionId: " + versionId).build();
        }
        List<String> stages = versionId.equals(current) ? List.of("AWSCURRENT")
                : versionId.equals(previous) ? List.of("AWSPREVIOUS") : List.of();
        return GetSecretValueResponse.builder().arn(request.secretId()).versionId(versionId).secretString(value)
                .versionStages(stages).build();
    }

    @Override
    public String serviceName() {
        return SERVICE_NAME;
    }

    @Override
    public void close() {
        // nothing to release
    }
}
