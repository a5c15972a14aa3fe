package no.jobbstotte.localcloud.emulator;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The secrets of the local Secrets Manager, in memory, with AWS's rules for versions and staging
 * labels: a version's value never changes, each label is on at most one version, and moving
 * AWSCURRENT leaves AWSPREVIOUS on the version that had it. Errors carry AWS's error codes.
 */
final class SecretStore {

    static final String CURRENT = "AWSCURRENT";
    static final String PREVIOUS = "AWSPREVIOUS";
    private static final String SUFFIX_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    /** A value is a SecretString or a base64 SecretBinary, exactly one of the two. */
    record Value(String string, String binary) {
        Value {
            if ((string == null) == (binary == null)) {
                throw new AwsError("InvalidParameterException",
                        "You must provide either SecretString or SecretBinary, and not both.");
            }
        }
    }

    record Version(String versionId, Value value, Instant created, Set<String> stages) {}

    record Secret(String arn, String name, String description, Instant created, Map<String, Version> versions) {
        Optional<Version> labelled(String stage) {
            return versions.values().stream().filter(v -> v.stages().contains(stage)).findFirst();
        }
    }

    /** An AWS error: the {@code __type} code and message the SDK turns into its modelled exception. */
    static final class AwsError extends RuntimeException {
        private final String code;

        AwsError(String code, String message) {
            super(message);
            this.code = code;
        }

        String code() {
            return code;
        }
    }

    private final Map<String, Secret> byName = new LinkedHashMap<>();
    private final SecureRandom random = new SecureRandom();

    synchronized Secret create(String region, String account, String name, String description, Value value,
            String token, Instant now) {
        if (name == null || !name.matches("[A-Za-z0-9/_+=.@-]{1,512}")) {
            throw new AwsError("InvalidParameterException", "Invalid name. Must be a valid name containing "
                    + "alphanumeric characters, or any of the following: -/_+=.@!");
        }
        if (byName.containsKey(name)) {
            throw new AwsError("ResourceExistsException", "The operation failed because the secret " + name
                    + " already exists.");
        }
        String arn = "arn:aws:secretsmanager:" + region + ":" + account + ":secret:" + name + "-" + suffix();
        Secret secret = new Secret(arn, name, description, now, new LinkedHashMap<>());
        byName.put(name, secret);
        if (value != null) {
            put(secret, value, token, List.of(CURRENT), now);
        }
        return secret;
    }

    /** By ARN or by name, as AWS accepts either as a SecretId. */
    synchronized Secret find(String secretId) {
        if (secretId != null) {
            for (Secret secret : byName.values()) {
                if (secret.arn().equals(secretId) || secret.name().equals(secretId)) {
                    return secret;
                }
            }
        }
        throw new AwsError("ResourceNotFoundException", "Secrets Manager can't find the specified secret.");
    }

    /** The version a GetSecretValue names: by id, by label (AWSCURRENT if neither), or both, which must agree. */
    synchronized Version version(Secret secret, String versionId, String stage) {
        if (versionId != null) {
            requireVersionIdLength("VersionId", versionId);
            Version version = secret.versions().get(versionId);
            if (version == null || stage != null && !version.stages().contains(stage)) {
                throw new AwsError("ResourceNotFoundException",
                        "Secrets Manager can't find the specified secret value for VersionId: " + versionId);
            }
            return version;
        }
        String label = stage == null ? CURRENT : stage;
        return secret.labelled(label).orElseThrow(() -> new AwsError("ResourceNotFoundException",
                "Secrets Manager can't find the specified secret value for staging label: " + label));
    }

    /**
     * A new version with the given labels (AWSCURRENT if none). Repeating a ClientRequestToken with
     * the same value is a no-op, as on AWS; with another value it is refused.
     */
    synchronized Version put(Secret secret, Value value, String token, List<String> stages, Instant now) {
        String versionId = token == null ? UUID.randomUUID().toString() : requireVersionIdLength("ClientRequestToken", token);
        Version existing = secret.versions().get(versionId);
        if (existing != null) {
            if (!existing.value().equals(value)) {
                throw new AwsError("ResourceExistsException",
                        "You can't modify an existing version, you can only create a new version.");
            }
            return existing;
        }
        List<String> labels = stages == null || stages.isEmpty() ? List.of(CURRENT) : stages;
        Version created = new Version(versionId, value, now, new LinkedHashSet<>());
        secret.versions().put(versionId, created);
        for (String label : labels) {
            move(secret, label, created);
        }
        return created;
    }

    private void move(Secret secret, String label, Version to) {
        Optional<Version> from = secret.labelled(label);
        from.ifPresent(v -> v.stages().remove(label));
        to.stages().add(label);
        if (label.equals(CURRENT) && from.isPresent() && from.get() != to) {
            secret.labelled(PREVIOUS).ifPresent(v -> v.stages().remove(PREVIOUS));
            from.get().stages().add(PREVIOUS);
        }
    }

    /** The labelled versions, as DescribeSecret lists them; an unlabelled version is deprecated. */
    synchronized Map<String, List<String>> versionStages(Secret secret) {
        Map<String, List<String>> stages = new LinkedHashMap<>();
        secret.versions().values().stream().filter(v -> !v.stages().isEmpty())
                .forEach(v -> stages.put(v.versionId(), new ArrayList<>(v.stages())));
        return stages;
    }

    /** AWS's limit on a VersionId and on the ClientRequestToken that becomes one. */
    private static String requireVersionIdLength(String field, String value) {
        if (value.length() < 32 || value.length() > 64) {
            throw new AwsError("InvalidParameterException", field + " must be 32 to 64 characters long.");
        }
        return value;
    }

    private String suffix() {
        StringBuilder suffix = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            suffix.append(SUFFIX_CHARS.charAt(random.nextInt(SUFFIX_CHARS.length())));
        }
        return suffix.toString();
    }
}
