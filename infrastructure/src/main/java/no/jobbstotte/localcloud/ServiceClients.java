package no.jobbstotte.localcloud;

import no.jobbstotte.shared.aws.ClientSupport;
import no.jobbstotte.shared.config.RuntimeConfig;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The local cloud's own SDK clients, straight to the services (never through the IAM gateway): for
 * provisioning, the event sources, resets, alarms, and tests' fixtures. The functions have their own.
 */
record ServiceClients(SqsClient sqs, DynamoDbClient dynamoDb, S3Client s3, SecretsManagerClient secretsManager) {

    static ServiceClients of(RuntimeConfig config) {
        return new ServiceClients(ClientSupport.build(SqsClient.builder(), config, "SQS"),
                ClientSupport.build(DynamoDbClient.builder(), config, "DYNAMODB"),
                ClientSupport.build(S3Client.builder().forcePathStyle(true), config, "S3"),
                ClientSupport.build(SecretsManagerClient.builder(), config, "SECRETS_MANAGER"));
    }
}
