package no.jobbstotte.localcloud.provision;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.sqs.SqsClient;

/** Empties resources between tests, keeping them and their attributes as the template made them. */
public final class ResourceReset {

    private final SqsClient sqs;
    private final DynamoDbClient dynamoDb;
    private final S3Client s3;

    public ResourceReset(SqsClient sqs, DynamoDbClient dynamoDb, S3Client s3) {
        this.sqs = sqs;
        this.dynamoDb = dynamoDb;
        this.s3 = s3;
    }

    public void reset(List<String> queueUrls, List<String> tables, List<String> buckets) {
        queueUrls.forEach(url -> sqs.purgeQueue(r -> r.queueUrl(url)));
        tables.forEach(this::emptyTable);
        buckets.forEach(this::emptyBucket);
    }

    private void emptyTable(String table) {
        List<String> keys = dynamoDb.describeTable(r -> r.tableName(table)).table().keySchema().stream()
                .map(KeySchemaElement::attributeName).toList();
        for (Map<String, AttributeValue> item : dynamoDb.scanPaginator(r -> r.tableName(table)).items()) {
            Map<String, AttributeValue> key = new java.util.HashMap<>();
            keys.forEach(k -> key.put(k, item.get(k)));
            dynamoDb.deleteItem(r -> r.tableName(table).key(key));
        }
    }

    private void emptyBucket(String bucket) {
        List<S3Object> objects = new ArrayList<>();
        s3.listObjectsV2Paginator(r -> r.bucket(bucket)).contents().forEach(objects::add);
        objects.forEach(o -> s3.deleteObject(r -> r.bucket(bucket).key(o.key())));
    }
}
