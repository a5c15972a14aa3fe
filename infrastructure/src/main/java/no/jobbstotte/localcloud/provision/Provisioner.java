package no.jobbstotte.localcloud.provision;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.jobbstotte.localcloud.template.Intrinsics;
import no.jobbstotte.localcloud.template.Resource;
import no.jobbstotte.localcloud.template.Template;
import no.jobbstotte.localcloud.template.TemplateException;
import no.jobbstotte.shared.json.Json;
import no.jobbstotte.shared.log.Log;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveSpecification;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.CreateQueueRequest;
import software.amazon.awssdk.services.sqs.model.GetQueueAttributesRequest;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Creates the queues, tables, buckets and secrets that template.yaml declares, with the attributes
 * it gives them (FIFO, redrive to a dead-letter queue, visibility timeout; keys, GSIs, TTL; a
 * generated secret value, see {@link SecretProvisioner}). There is
 * no second list of resources anywhere: what is not in the template does not exist locally.
 */
public final class Provisioner {

    private static final Log LOG = Log.get(Provisioner.class);

    private final SqsClient sqs;
    private final DynamoDbClient dynamoDb;
    private final S3Client s3;
    private final SecretsManagerClient secretsManager;
    private final String region;
    private final String accountId;

    public Provisioner(SqsClient sqs, DynamoDbClient dynamoDb, S3Client s3, SecretsManagerClient secretsManager,
            String region, String accountId) {
        this.sqs = sqs;
        this.dynamoDb = dynamoDb;
        this.s3 = s3;
        this.secretsManager = secretsManager;
        this.region = region;
        this.accountId = accountId;
    }

    public ProvisionedResources provision(Template template, Map<String, String> pseudoParameters) {
        ProvisionedResources created = new ProvisionedResources();
        Intrinsics intrinsics = new Intrinsics(template, created, pseudoParameters);
        // Dead-letter queues first: a redrive policy needs its target's ARN.
        List<Resource> queues = new ArrayList<>(template.ofType(Template.QUEUE));
        queues.sort((a, b) -> Boolean.compare(a.properties().containsKey("RedrivePolicy"),
                b.properties().containsKey("RedrivePolicy")));
        for (Resource queue : queues) {
            createQueue(queue, intrinsics, created, pseudoParameters.get("AWS::StackName"));
        }
        for (Resource table : template.ofType(Template.TABLE)) {
            createTable(table, intrinsics, created, pseudoParameters.get("AWS::StackName"));
        }
        for (Resource bucket : template.ofType(Template.BUCKET)) {
            createBucket(bucket, intrinsics, created, pseudoParameters.get("AWS::StackName"));
        }
        SecretProvisioner secrets = new SecretProvisioner(secretsManager);
        for (Resource secret : template.ofType(Template.SECRET)) {
            String arn = secrets.create(secret, intrinsics, pseudoParameters.get("AWS::StackName"));
            created.put(secret.logicalId(), arn, Map.of("Id", arn));
        }
        for (Resource api : template.ofType(Template.HTTP_API)) {
            created.put(api.logicalId(), "local", Map.of("ApiEndpoint", "local"));
        }
        // Published to by the SES event publisher (localcloud.ses), which reads them from the template.
        for (Resource set : template.ofType(Template.CONFIGURATION_SET)) {
            created.put(set.logicalId(), set.property("Name").map(intrinsics::string)
                    .orElse(pseudoParameters.get("AWS::StackName") + "-" + set.logicalId()), Map.of());
        }
        for (Resource topic : template.ofType(Template.TOPIC)) {
            String name = topic.property("TopicName").map(intrinsics::string)
                    .orElse(pseudoParameters.get("AWS::StackName") + "-" + topic.logicalId());
            String arn = "arn:aws:sns:" + region + ":" + accountId + ":" + name;
            created.put(topic.logicalId(), arn, Map.of("TopicArn", arn, "TopicName", name));
        }
        for (Resource other : template.ofType(Template.EVENT_DESTINATION)) {
            created.put(other.logicalId(), other.logicalId(), Map.of());
        }
        for (Resource other : template.ofType(Template.SUBSCRIPTION)) {
            created.put(other.logicalId(), other.logicalId(), Map.of());
        }
        for (Resource function : template.ofType(Template.FUNCTION)) {
            String arn = "arn:aws:lambda:" + region + ":" + accountId + ":function:" + function.logicalId();
            created.put(function.logicalId(), function.logicalId(), Map.of("Arn", arn));
        }
        return created;
    }

    private void createQueue(Resource queue, Intrinsics intrinsics, ProvisionedResources created, String stack) {
        boolean fifo = Boolean.TRUE.equals(intrinsics.resolve(queue.properties().get("FifoQueue")));
        String name = queue.property("QueueName").map(intrinsics::string)
                .orElse(stack + "-" + queue.logicalId() + (fifo ? ".fifo" : ""));
        if (fifo != name.endsWith(".fifo")) {
            throw fail(queue, "a FIFO queue's name must end in .fifo, and only a FIFO queue's");
        }
        Map<QueueAttributeName, String> attributes = new HashMap<>();
        copy(queue, intrinsics, "VisibilityTimeout", QueueAttributeName.VISIBILITY_TIMEOUT, attributes);
        copy(queue, intrinsics, "MessageRetentionPeriod", QueueAttributeName.MESSAGE_RETENTION_PERIOD, attributes);
        copy(queue, intrinsics, "DelaySeconds", QueueAttributeName.DELAY_SECONDS, attributes);
        copy(queue, intrinsics, "ReceiveMessageWaitTimeSeconds", QueueAttributeName.RECEIVE_MESSAGE_WAIT_TIME_SECONDS, attributes);
        if (fifo) {
            attributes.put(QueueAttributeName.FIFO_QUEUE, "true");
            copy(queue, intrinsics, "ContentBasedDeduplication", QueueAttributeName.CONTENT_BASED_DEDUPLICATION, attributes);
        }
        Object redrive = queue.properties().get("RedrivePolicy");
        if (redrive != null) {
            Object resolved = intrinsics.resolve(redrive);
            if (!(resolved instanceof Map<?, ?> policy) || policy.get("deadLetterTargetArn") == null
                    || policy.get("maxReceiveCount") == null) {
                throw fail(queue, "RedrivePolicy needs deadLetterTargetArn and maxReceiveCount");
            }
            attributes.put(QueueAttributeName.REDRIVE_POLICY, toJson(Map.of(
                    "deadLetterTargetArn", policy.get("deadLetterTargetArn").toString(),
                    "maxReceiveCount", Integer.parseInt(policy.get("maxReceiveCount").toString()))));
        }
        String url = sqs.createQueue(CreateQueueRequest.builder().queueName(name).attributes(attributes).build()).queueUrl();
        String arn = sqs.getQueueAttributes(GetQueueAttributesRequest.builder().queueUrl(url)
                .attributeNames(QueueAttributeName.QUEUE_ARN).build()).attributes().get(QueueAttributeName.QUEUE_ARN);
        created.put(queue.logicalId(), url, Map.of("Arn", arn, "QueueName", name, "QueueUrl", url));
    }

    private void createTable(Resource table, Intrinsics intrinsics, ProvisionedResources created, String stack) {
        String name = table.property("TableName").map(intrinsics::string).orElse(stack + "-" + table.logicalId());
        CreateTableRequest.Builder request = CreateTableRequest.builder()
                .tableName(name)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(keySchema(table, table.list("KeySchema")))
                .attributeDefinitions(table.list("AttributeDefinitions").stream().map(d -> {
                    Map<?, ?> definition = (Map<?, ?>) d;
                    return AttributeDefinition.builder().attributeName(definition.get("AttributeName").toString())
                            .attributeType(definition.get("AttributeType").toString()).build();
                }).toList());
        List<GlobalSecondaryIndex> indexes = table.list("GlobalSecondaryIndexes").stream().map(i -> {
            Map<?, ?> index = (Map<?, ?>) i;
            Map<?, ?> projection = (Map<?, ?>) index.get("Projection");
            Projection.Builder projectionBuilder = Projection.builder().projectionType(
                    projection == null ? ProjectionType.ALL : ProjectionType.fromValue(projection.get("ProjectionType").toString()));
            if (projection != null && projection.get("NonKeyAttributes") instanceof List<?> attributes) {
                projectionBuilder.nonKeyAttributes(attributes.stream().map(Object::toString).toList());
            }
            @SuppressWarnings("unchecked")
            List<Object> keys = (List<Object>) index.get("KeySchema");
            return GlobalSecondaryIndex.builder().indexName(index.get("IndexName").toString())
                    .keySchema(keySchema(table, keys)).projection(projectionBuilder.build()).build();
        }).toList();
        if (!indexes.isEmpty()) {
            request.globalSecondaryIndexes(indexes);
        }
        try {
            dynamoDb.createTable(request.build());
        } catch (ResourceInUseException alreadyThere) {
            LOG.info("table exists already", "table", name);
        }
        Map<String, Object> ttl = table.map("TimeToLiveSpecification");
        if (Boolean.TRUE.equals(ttl.get("Enabled"))) {
            enableTtl(name, ttl.get("AttributeName").toString());
        }
        String arn = "arn:aws:dynamodb:" + region + ":" + accountId + ":table/" + name;
        created.put(table.logicalId(), name, Map.of("Arn", arn));
    }

    private void enableTtl(String table, String attribute) {
        try {
            dynamoDb.updateTimeToLive(r -> r.tableName(table).timeToLiveSpecification(
                    TimeToLiveSpecification.builder().enabled(true).attributeName(attribute).build()));
        } catch (DynamoDbException unsupported) {
            // The embedded DynamoDB emulator has no TTL API. The code treats expired items as
            // absent anyway, because DynamoDB deletes them lazily on AWS too.
            LOG.info("TTL not supported by this DynamoDB emulator; expired items are filtered by the code",
                    "table", table);
        }
    }

    private void createBucket(Resource bucket, Intrinsics intrinsics, ProvisionedResources created, String stack) {
        String name = bucket.property("BucketName").map(intrinsics::string)
                .orElse((stack + "-" + bucket.logicalId()).toLowerCase(Locale.ROOT));
        if (s3.listBuckets().buckets().stream().noneMatch(b -> b.name().equals(name))) {
            s3.createBucket(r -> r.bucket(name));
        }
        created.put(bucket.logicalId(), name, Map.of(
                "Arn", "arn:aws:s3:::" + name,
                "DomainName", name + ".s3.amazonaws.com",
                "RegionalDomainName", name + ".s3." + region + ".amazonaws.com"));
    }

    private static List<KeySchemaElement> keySchema(Resource table, List<Object> keys) {
        if (keys == null || keys.isEmpty()) {
            throw fail(table, "KeySchema is missing");
        }
        return keys.stream().map(k -> {
            Map<?, ?> key = (Map<?, ?>) k;
            return KeySchemaElement.builder().attributeName(key.get("AttributeName").toString())
                    .keyType(key.get("KeyType").toString()).build();
        }).toList();
    }

    private static void copy(Resource resource, Intrinsics intrinsics, String property, QueueAttributeName attribute,
            Map<QueueAttributeName, String> into) {
        resource.property(property).map(intrinsics::string).ifPresent(v -> into.put(attribute, v));
    }

    private static String toJson(Map<String, Object> value) {
        try {
            return Json.newMapper().writeValueAsString(new LinkedHashMap<>(value));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static TemplateException fail(Resource resource, String problem) {
        return TemplateException.at(resource, problem);
    }
}
