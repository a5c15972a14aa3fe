package no.jobbstotte.localcloud.iam;

/** The ARNs of the local cloud's resources, in its region and account. */
record Arns(String region, String accountId) {

    String table(String name) {
        return name.startsWith("arn:") ? name : "arn:aws:dynamodb:" + region + ":" + accountId + ":table/" + name;
    }

    String queue(String name) {
        return "arn:aws:sqs:" + region + ":" + accountId + ":" + name;
    }

    static String bucket(String bucket) {
        return "arn:aws:s3:::" + bucket;
    }

    static String object(String bucket, String key) {
        return "arn:aws:s3:::" + bucket + "/" + key;
    }

    /** A secret by ARN, or by name as {@code secret:<name>} (see {@link SecretsManagerAccess}). */
    String secret(String secretId) {
        return secretId.startsWith("arn:") ? secretId
                : "arn:aws:secretsmanager:" + region + ":" + accountId + ":secret:" + secretId;
    }

    String sesIdentity(String identity) {
        return "arn:aws:ses:" + region + ":" + accountId + ":identity/" + identity;
    }

    String sesConfigurationSet(String name) {
        return "arn:aws:ses:" + region + ":" + accountId + ":configuration-set/" + name;
    }
}
