package no.jobbstotte.shared.secret;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;

/**
 * One secret kept in AWS Secrets Manager (a template's {@code AWS::SecretsManager::Secret}, KMS
 * encrypted there), read with GetSecretValue on first use and kept for the life of the container:
 * one call per container, none per request. A version's value never changes, so a version read
 * once stays right; only {@link #current()} can go stale after a rotation, which is why the keys
 * derived from it record the version they came from.
 *
 * <p>Nothing here reads a secret at init or in a SnapStart prime: a snapshot then holds no secret,
 * and a value put into the secret after a deployment reaches every new container.
 */
public final class ManagedSecret {

    /** A version of the secret; {@link #toString()} never shows the value. */
    public record Version(String versionId, byte[] value) {
        public Version {
            value = value.clone();
        }

        @Override
        public byte[] value() {
            return value.clone();
        }

        @Override
        public String toString() {
            return "Version[" + versionId + ", ****]";
        }
    }

    private final SecretsManagerClient client;
    private final String secretId;
    private final ConcurrentMap<String, Optional<byte[]>> versions = new ConcurrentHashMap<>();
    private volatile Version current;

    /** @param secretId the secret's ARN (what a function gets from {@code !Ref}, and what its policy names) or name */
    public ManagedSecret(SecretsManagerClient client, String secretId) {
        this.client = client;
        this.secretId = secretId;
    }

    /** The version labelled AWSCURRENT when this container first asked. */
    public Version current() {
        Version known = current;
        if (known == null) {
            GetSecretValueResponse response = client.getSecretValue(r -> r.secretId(secretId));
            known = new Version(response.versionId(), bytes(response));
            versions.putIfAbsent(known.versionId(), Optional.of(known.value()));
            current = known;
        }
        return known;
    }

    /**
     * The value of one version, by its VersionId, while it is AWSCURRENT or AWSPREVIOUS; empty once
     * it has no staging label (deprecated: Secrets Manager may delete it at any time, so it counts as
     * gone now rather than at a moment nobody chose) or is gone. The answer is kept either way, so a
     * stale reference costs one call per container, not one per use.
     */
    public Optional<byte[]> version(String versionId) {
        return versions.computeIfAbsent(versionId, this::read).map(byte[]::clone);
    }

    private Optional<byte[]> read(String versionId) {
        try {
            GetSecretValueResponse response = client.getSecretValue(r -> r.secretId(secretId).versionId(versionId));
            return response.versionStages().isEmpty() ? Optional.empty() : Optional.of(bytes(response));
        } catch (ResourceNotFoundException e) {
            return Optional.empty();
        }
    }

    private static byte[] bytes(GetSecretValueResponse response) {
        return response.secretString() != null
                ? response.secretString().getBytes(StandardCharsets.UTF_8)
                : response.secretBinary().asByteArray();
    }
}
