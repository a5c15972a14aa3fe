package no.jobbstotte.benchmarks.launcher;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * A function's SDK floor: the same services called the way a function calls them (explicit
 * region and static credentials, url-connection client, endpoint override from
 * {@code AWS_ENDPOINT_URL_<SERVICE>}), and nothing else: no Dagger, no Jackson, no domain code.
 * Runs with the function's own jar on the classpath, so the SDK is the function's. The calls come
 * from {@code BENCH_FLOOR_CALLS}: {@code ;}-separated {@code ddb|<table>|<hash key>[|<range key>]}
 * (PutItem then GetItem), {@code ddbput}, {@code ddbget} and {@code ddbupdate} with the same
 * arguments (that one call), {@code ddbscan|<table>} (Scan), {@code sqs|<queue url>} (SendMessage),
 * {@code ses|<from>} (SendEmail), {@code s3|<bucket>|<key>} (PutObject then GetObject). Each floor
 * keeps to what its function's role grants: the local cloud's IAM gateway refuses anything else,
 * as AWS would. Clients are built in the constructor (init), called in the invocation.
 */
public final class SdkFloorHandler implements RequestHandler<Object, String> {

    private final List<Runnable> calls = new ArrayList<>();

    public SdkFloorHandler() {
        Region region = Region.of(System.getenv("AWS_REGION"));
        StaticCredentialsProvider credentials = StaticCredentialsProvider.create(
                AwsBasicCredentials.create(System.getenv("AWS_ACCESS_KEY_ID"), System.getenv("AWS_SECRET_ACCESS_KEY")));
        SdkHttpClient http = UrlConnectionHttpClient.builder().connectionTimeout(Duration.ofSeconds(2))
                .socketTimeout(Duration.ofSeconds(20)).build();
        DynamoDbClient ddb = null;
        for (String spec : System.getenv("BENCH_FLOOR_CALLS").split(";")) {
            String[] p = spec.split("\\|");
            if (p[0].startsWith("ddb") && ddb == null) {
                ddb = DynamoDbClient.builder().region(region).credentialsProvider(credentials)
                        .httpClient(http).endpointOverride(endpoint("DYNAMODB")).build();
            }
            DynamoDbClient dynamoDb = ddb;
            Map<String, AttributeValue> key = !p[0].startsWith("ddb") || p.length < 3 ? Map.of() : p.length > 3
                    ? Map.of(p[2], s("bench-floor"), p[3], s("bench-floor"))
                    : Map.of(p[2], s("bench-floor"));
            switch (p[0]) {
                case "ddb" -> calls.add(() -> {
                    put(dynamoDb, p[1], key);
                    dynamoDb.getItem(r -> r.tableName(p[1]).key(key).consistentRead(true));
                });
                case "ddbput" -> calls.add(() -> put(dynamoDb, p[1], key));
                case "ddbget" -> calls.add(() -> dynamoDb.getItem(r -> r.tableName(p[1]).key(key).consistentRead(true)));
                case "ddbupdate" -> calls.add(() -> dynamoDb.updateItem(r -> r.tableName(p[1]).key(key)
                        .updateExpression("SET benchValue = :v")
                        .expressionAttributeValues(Map.of(":v", s(String.valueOf(System.nanoTime()))))));
                case "ddbscan" -> calls.add(() -> dynamoDb.scan(r -> r.tableName(p[1])));
                case "sqs" -> {
                    SqsClient sqs = SqsClient.builder().region(region).credentialsProvider(credentials)
                            .httpClient(http).endpointOverride(endpoint("SQS")).build();
                    boolean fifo = p[1].endsWith(".fifo");
                    calls.add(() -> sqs.sendMessage(r -> {
                        r.queueUrl(p[1]).messageBody("{\"bench\":\"floor\"}");
                        if (fifo) {
                            r.messageGroupId("bench-floor").messageDeduplicationId(String.valueOf(System.nanoTime()));
                        }
                    }));
                }
                case "ses" -> {
                    SesV2Client ses = SesV2Client.builder().region(region).credentialsProvider(credentials)
                            .httpClient(http).endpointOverride(endpoint("SESV2")).build();
                    calls.add(() -> ses.sendEmail(r -> r.fromEmailAddress(p[1])
                            .destination(d -> d.toAddresses("bench-floor@jobbstotte.example"))
                            .content(c -> c.simple(m -> m.subject(t -> t.data("bench floor").charset("UTF-8"))
                                    .body(b -> b.text(t -> t.data("bench floor").charset("UTF-8")))))));
                }
                case "s3" -> {
                    S3Client s3 = S3Client.builder().region(region).credentialsProvider(credentials).httpClient(http)
                            .forcePathStyle(true).endpointOverride(endpoint("S3")).build();
                    calls.add(() -> {
                        s3.putObject(r -> r.bucket(p[1]).key(p[2]), RequestBody.fromString("{\"bench\":\"floor\"}"));
                        s3.getObjectAsBytes(r -> r.bucket(p[1]).key(p[2]));
                    });
                }
                default -> throw new IllegalArgumentException("unknown floor call " + spec);
            }
        }
    }

    private static void put(DynamoDbClient ddb, String table, Map<String, AttributeValue> key) {
        Map<String, AttributeValue> item = new java.util.HashMap<>(key);
        item.put("benchValue", s(String.valueOf(System.nanoTime())));
        ddb.putItem(r -> r.tableName(table).item(item));
    }

    private static AttributeValue s(String value) {
        return AttributeValue.builder().s(value).build();
    }

    private static URI endpoint(String service) {
        String value = System.getenv("AWS_ENDPOINT_URL_" + service);
        return value == null ? null : URI.create(value);
    }

    @Override
    public String handleRequest(Object event, Context context) {
        calls.forEach(Runnable::run);
        return "ok " + calls.size();
    }
}
