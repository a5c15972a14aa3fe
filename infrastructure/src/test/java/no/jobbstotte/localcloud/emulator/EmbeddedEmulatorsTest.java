package no.jobbstotte.localcloud.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EmbeddedEmulatorsTest {

    private static EmbeddedEmulators emulators;
    private static EmulatorEndpoints endpoints;

    private static Set<Long> nodesBefore;

    @BeforeAll
    static void start() {
        nodesBefore = nodeProcesses().map(ProcessHandle::pid).collect(Collectors.toSet());
        long started = System.nanoTime();
        emulators = EmbeddedEmulators.start(
                EmulatorPorts.free(), Path.of(System.getProperty("jobbstotte.repoRoot", "..")));
        System.out.printf("Emulators ready in %d ms%n", (System.nanoTime() - started) / 1_000_000);
        endpoints = emulators.endpoints();
    }

    @AfterAll
    static void stop() {
        emulators.close();
    }

    @Test
    void sqsSendsReceivesAndDeletesOnAStandardQueue() {
        try (SqsClient sqs = client(SqsClient.builder(), endpoints.sqs())) {
            String queueUrl = sqs.createQueue(b -> b.queueName("plain")).queueUrl();
            assertThat(queueUrl).startsWith(endpoints.sqs().toString());

            sqs.sendMessage(b -> b.queueUrl(queueUrl).messageBody("hello"));
            List<Message> received = sqs.receiveMessage(b -> b.queueUrl(queueUrl).maxNumberOfMessages(10))
                    .messages();
            assertThat(received).extracting(Message::body).containsExactly("hello");

            sqs.deleteMessage(b -> b.queueUrl(queueUrl).receiptHandle(received.getFirst().receiptHandle()));
            assertThat(sqs.getQueueAttributes(b -> b.queueUrl(queueUrl)
                            .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                                    QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE))
                    .attributes())
                    .containsEntry(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES, "0")
                    .containsEntry(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE, "0");
        }
    }

    @Test
    void sqsMovesAFifoMessageToItsDeadLetterQueueAfterMaxReceiveCount() {
        try (SqsClient sqs = client(SqsClient.builder(), endpoints.sqs())) {
            String dlqUrl = sqs.createQueue(b -> b.queueName("jobs-dlq.fifo")
                    .attributes(Map.of(QueueAttributeName.FIFO_QUEUE, "true"))).queueUrl();
            String dlqArn = sqs.getQueueAttributes(b -> b.queueUrl(dlqUrl)
                    .attributeNames(QueueAttributeName.QUEUE_ARN)).attributes().get(QueueAttributeName.QUEUE_ARN);
            String queueUrl = sqs.createQueue(b -> b.queueName("jobs.fifo").attributes(Map.of(
                    QueueAttributeName.FIFO_QUEUE, "true",
                    QueueAttributeName.CONTENT_BASED_DEDUPLICATION, "true",
                    QueueAttributeName.VISIBILITY_TIMEOUT, "0",
                    QueueAttributeName.REDRIVE_POLICY,
                    "{\"deadLetterTargetArn\":\"" + dlqArn + "\",\"maxReceiveCount\":\"2\"}"))).queueUrl();

            sqs.sendMessage(b -> b.queueUrl(queueUrl).messageBody("poison").messageGroupId("g1"));
            for (int attempt = 1; attempt <= 2; attempt++) {
                await().atMost(Duration.ofSeconds(5)).until(
                        () -> sqs.receiveMessage(b -> b.queueUrl(queueUrl)).messages(),
                        messages -> messages.stream().map(Message::body).toList().equals(List.of("poison")));
            }

            await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
                assertThat(sqs.receiveMessage(b -> b.queueUrl(queueUrl)).messages()).isEmpty();
                assertThat(sqs.receiveMessage(b -> b.queueUrl(dlqUrl)).messages())
                        .extracting(Message::body).containsExactly("poison");
            });
        }
    }

    @Test
    void dynamoDbRejectsADuplicateConditionalPutAndQueriesAGlobalSecondaryIndex() {
        try (DynamoDbClient dynamo = client(DynamoDbClient.builder(), endpoints.dynamoDb())) {
            dynamo.createTable(b -> b.tableName("applications")
                    .billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(
                            attribute("id"), attribute("status"), attribute("createdAt"))
                    .keySchema(key("id", KeyType.HASH))
                    .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName("byStatus")
                            .keySchema(key("status", KeyType.HASH), key("createdAt", KeyType.RANGE))
                            .projection(p -> p.projectionType(ProjectionType.ALL))
                            .build()));
            await().atMost(Duration.ofSeconds(5)).until(
                    () -> dynamo.describeTable(b -> b.tableName("applications")).table().tableStatus(),
                    TableStatus.ACTIVE::equals);

            putNew(dynamo, "a1", "NEW", "2026-01-02");
            putNew(dynamo, "a2", "NEW", "2026-01-01");
            putNew(dynamo, "a3", "DONE", "2026-01-03");
            assertThatThrownBy(() -> putNew(dynamo, "a1", "DONE", "2026-01-04"))
                    .isInstanceOf(ConditionalCheckFailedException.class);

            List<Map<String, AttributeValue>> newOnes = dynamo.query(b -> b.tableName("applications")
                    .indexName("byStatus")
                    .keyConditionExpression("#s = :s")
                    .expressionAttributeNames(Map.of("#s", "status"))
                    .expressionAttributeValues(Map.of(":s", s("NEW")))).items();
            assertThat(newOnes).extracting(item -> item.get("id").s()).containsExactly("a2", "a1");
        }
    }

    @Test
    void s3StoresObjectsWithTheirContentTypeAndCacheControl() throws Exception {
        try (S3Client s3 = client(S3Client.builder()
                .forcePathStyle(true)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED), endpoints.s3())) {
            s3.createBucket(b -> b.bucket("reports"));
            s3.putObject(b -> b.bucket("reports").key("daily/2026-01-02.json")
                            .contentType("application/json").cacheControl("max-age=60"),
                    RequestBody.fromString("{\"count\":3}"));

            var object = s3.getObjectAsBytes(b -> b.bucket("reports").key("daily/2026-01-02.json"));
            assertThat(object.asUtf8String()).isEqualTo("{\"count\":3}");
            assertThat(object.response().contentType()).isEqualTo("application/json");
            assertThat(object.response().cacheControl()).isEqualTo("max-age=60");
            assertThat(s3.listObjectsV2(b -> b.bucket("reports").prefix("daily/")).contents())
                    .extracting(S3Object::key).containsExactly("daily/2026-01-02.json");
        }

        HttpResponse<String> fromBrowser = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(endpoints.s3() + "/reports/daily/2026-01-02.json"))
                        .header("Origin", "http://localhost:5173").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(fromBrowser.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
    }

    @Test
    void sesAcceptsAnEmailThatTheMailboxReadsBack() {
        SesMailbox mailbox = new SesMailbox(endpoints.ses());
        try (SesV2Client ses = client(SesV2Client.builder(), endpoints.ses())) {
            String messageId = ses.sendEmail(b -> b.fromEmailAddress("noreply@jobbstotte.no")
                    .destination(d -> d.toAddresses("kari@example.com"))
                    .content(c -> c.simple(m -> m
                            .subject(s -> s.data("Søknaden er mottatt"))
                            .body(body -> body.text(t -> t.data("Hei Kari")).html(h -> h.data("<p>Hei Kari</p>"))))))
                    .messageId();

            assertThat(mailbox.sent()).singleElement().satisfies(mail -> {
                assertThat(mail.messageId()).isEqualTo(messageId);
                assertThat(mail.from()).isEqualTo("noreply@jobbstotte.no");
                assertThat(mail.to()).containsExactly("kari@example.com");
                assertThat(mail.subject()).isEqualTo("Søknaden er mottatt");
                assertThat(mail.text()).isEqualTo("Hei Kari");
                assertThat(mail.html()).isEqualTo("<p>Hei Kari</p>");
                assertThat(mail.sentAt()).isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));
            });
            mailbox.clear();
            assertThat(mailbox.sent()).isEmpty();
        }
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void closeFreesThePortsAndEndsTheNodeProcesses() {
        // Other tests in this JVM may run emulators of their own: count only this class's.
        List<ProcessHandle> nodes = nodeProcesses().filter(p -> !nodesBefore.contains(p.pid())).toList();
        assertThat(nodes).hasSize(2);
        List<Integer> ports = List.of(endpoints.sqs(), endpoints.dynamoDb(), endpoints.s3(), endpoints.ses())
                .stream().map(URI::getPort).toList();
        assertThat(ports).allMatch(Readiness::accepts);

        emulators.close();

        assertThat(ports).noneMatch(Readiness::accepts);
        assertThat(nodes).noneMatch(ProcessHandle::isAlive);
    }

    private static void putNew(DynamoDbClient dynamo, String id, String status, String createdAt) {
        dynamo.putItem(b -> b.tableName("applications")
                .item(Map.of("id", s(id), "status", s(status), "createdAt", s(createdAt)))
                .conditionExpression("attribute_not_exists(id)"));
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static AttributeDefinition attribute(String name) {
        return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
    }

    private static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }

    private static <B extends AwsClientBuilder<B, C> & SdkSyncClientBuilder<B, C>, C> C client(
            B builder, URI endpoint) {
        return builder.endpointOverride(endpoint)
                .region(Region.EU_NORTH_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    private static java.util.stream.Stream<ProcessHandle> nodeProcesses() {
        return ProcessHandle.current().descendants().filter(p -> p.info().command().orElse("").endsWith("node"));
    }
}
