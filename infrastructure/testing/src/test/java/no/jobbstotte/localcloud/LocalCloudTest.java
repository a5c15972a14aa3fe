package no.jobbstotte.localcloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.jobbstotte.localcloud.events.Schedules;
import no.jobbstotte.localcloud.iam.FunctionCredentials;
import no.jobbstotte.localcloud.testfunctions.FailingRecordsHandler;
import no.jobbstotte.localcloud.testfunctions.OrderRecordingHandler;
import no.jobbstotte.localcloud.testfunctions.ScheduleRecordingHandler;
import no.jobbstotte.localcloud.testfunctions.TestStack;
import no.jobbstotte.localcloud.testing.LocalCloudExtension;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** The local cloud itself, on its own test template, against the backend chosen by property. */
class LocalCloudTest {

    @RegisterExtension
    static final LocalCloudExtension CLOUD = LocalCloudExtension.fromTemplate(TestStack.template());

    private static LocalCloud cloud() {
        return CLOUD.cloud();
    }

    @Nested
    class Sqs {
        @Test
        void poller_recordFailsEveryTime_isRedeliveredUntilMaxReceiveCountThenDeadLettered() {
            String failing = "fail-" + UUID.randomUUID();
            String fine = "ok-" + UUID.randomUUID();
            send("WorkQueue", failing);
            send("WorkQueue", fine);

            List<Message> deadLettered = await().atMost(Duration.ofSeconds(20))
                    .until(() -> receiveAll("WorkDeadLetterQueue"), m -> !m.isEmpty());

            assertThat(deadLettered).extracting(Message::body).containsExactly(failing);
            assertThat(FailingRecordsHandler.DELIVERIES.get(failing).get()).isEqualTo(3);
            assertThat(FailingRecordsHandler.DELIVERIES.get(fine).get()).isEqualTo(1);
            assertThat(receiveAll("WorkQueue")).isEmpty();
        }

        @Test
        void poller_manyMessages_invokesWithBatchesNoLargerThanBatchSize() {
            FailingRecordsHandler.BATCH_SIZES.clear();
            for (int i = 0; i < 12; i++) {
                send("WorkQueue", "ok-" + UUID.randomUUID());
            }
            await().atMost(Duration.ofSeconds(10)).until(
                    () -> FailingRecordsHandler.BATCH_SIZES.stream().mapToInt(Integer::intValue).sum() >= 12);
            assertThat(FailingRecordsHandler.BATCH_SIZES).allSatisfy(size -> assertThat(size).isBetween(1, 5));
        }

        @Test
        void function_environment_hasTemplateVariablesResolvedAndEndpointOverrides() {
            send("WorkQueue", "ok-" + UUID.randomUUID());
            await().atMost(Duration.ofSeconds(10)).until(() -> !FailingRecordsHandler.environment.isEmpty());
            Map<String, String> env = FailingRecordsHandler.environment;
            assertThat(env).containsEntry("THINGS_TABLE", cloud().tableName("ThingsTable"))
                    .containsEntry("WORK_QUEUE_URL", cloud().queueUrl("WorkQueue"))
                    .containsEntry("GREETING", "hei")
                    .containsEntry("AWS_REGION", LocalCloud.REGION)
                    // through the IAM gateway, signing as the function's role
                    .containsEntry("AWS_ENDPOINT_URL_SQS", cloud().iam().orElseThrow().endpoints().sqs().toString())
                    .containsEntry("AWS_ACCESS_KEY_ID", FunctionCredentials.accessKeyId("WorkFunction"))
                    .containsEntry("AWS_ENDPOINT_URL_SECRETS_MANAGER",
                            cloud().iam().orElseThrow().endpoints().secretsManager().toString())
                    .containsEntry("SIGNING_SECRET_ARN", cloud().secretArn("SigningSecret"))
                    .containsKeys("AWS_SECRET_ACCESS_KEY", "AWS_ENDPOINT_URL_DYNAMODB",
                            "AWS_ENDPOINT_URL_S3", "AWS_ENDPOINT_URL_SESV2");
            assertThat(env.get("AWS_ENDPOINT_URL_SQS")).isNotEqualTo(cloud().endpoints().sqs().toString());
        }

        @Test
        void secret_isCreatedWithAGeneratedValue_thatRefOfItFinds() {
            String arn = cloud().secretArn("SigningSecret");

            assertThat(arn).startsWith("arn:aws:secretsmanager:" + LocalCloud.REGION + ":" + LocalCloud.ACCOUNT_ID + ":secret:")
                    .contains("-signing-");
            assertThat(cloud().secretsManager().getSecretValue(r -> r.secretId(arn)).secretString()).matches("[A-Za-z0-9]{48}");
        }

        @Test
        void fifoQueue_messagesOfOneGroup_arriveInSendOrder() {
            String groupA = "a-" + UUID.randomUUID();
            String groupB = "b-" + UUID.randomUUID();
            for (int i = 0; i < 15; i++) {
                sendFifo(groupA, "A" + i);
                sendFifo(groupB, "B" + i);
            }
            await().atMost(Duration.ofSeconds(15)).until(() -> OrderRecordingHandler.RECEIVED.getOrDefault(groupA, List.of()).size() == 15
                    && OrderRecordingHandler.RECEIVED.getOrDefault(groupB, List.of()).size() == 15);
            assertThat(OrderRecordingHandler.RECEIVED.get(groupA)).containsExactlyElementsOf(
                    java.util.stream.IntStream.range(0, 15).mapToObj(i -> "A" + i).toList());
            assertThat(OrderRecordingHandler.RECEIVED.get(groupB)).containsExactlyElementsOf(
                    java.util.stream.IntStream.range(0, 15).mapToObj(i -> "B" + i).toList());
        }

        private void send(String queue, String body) {
            cloud().sqs().sendMessage(r -> r.queueUrl(cloud().queueUrl(queue)).messageBody(body));
        }

        private void sendFifo(String group, String body) {
            cloud().sqs().sendMessage(r -> r.queueUrl(cloud().queueUrl("OrderedQueue")).messageBody(body)
                    .messageGroupId(group).messageDeduplicationId(group + body));
        }

        private List<Message> receiveAll(String queue) {
            return cloud().sqs().receiveMessage(r -> r.queueUrl(cloud().queueUrl(queue)).maxNumberOfMessages(10)
                    .messageSystemAttributeNames(MessageSystemAttributeName.ALL)).messages();
        }
    }

    @Nested
    class Schedule {
        @Test
        void weekdaySchedule_acrossSpringDstChange_firesAt0700OsloTime() {
            Schedules schedules = cloud().schedules();
            schedules.jumpTo(Instant.parse("2026-03-26T12:00:00Z"));
            ScheduleRecordingHandler.FIRED.clear();

            List<Schedules.Firing> firings = schedules.advanceTo(Instant.parse("2026-03-31T12:00:00Z"));

            // Friday 27 March is winter time (UTC+1); DST starts Sunday 29 March, so Monday and
            // Tuesday are summer time (UTC+2); the weekend does not fire.
            assertThat(firings).extracting(Schedules.Firing::scheduledTime).containsExactly(
                    Instant.parse("2026-03-27T06:00:00Z"),
                    Instant.parse("2026-03-30T05:00:00Z"),
                    Instant.parse("2026-03-31T05:00:00Z"));
            assertThat(ScheduleRecordingHandler.FIRED).containsExactlyElementsOf(
                    firings.stream().map(Schedules.Firing::scheduledTime).toList());
        }

        @Test
        void weekdaySchedule_acrossAutumnDstChange_firesAt0700OsloTime() {
            Schedules schedules = cloud().schedules();
            schedules.jumpTo(Instant.parse("2026-10-23T07:00:00Z"));

            List<Schedules.Firing> firings = schedules.advanceTo(Instant.parse("2026-10-26T23:00:00Z"));

            assertThat(firings).extracting(Schedules.Firing::scheduledTime)
                    .containsExactly(Instant.parse("2026-10-26T06:00:00Z"));
        }

        @Test
        void fireNow_invokesWithClockTime() {
            Schedules schedules = cloud().schedules();
            schedules.jumpTo(Instant.parse("2026-06-06T10:15:00Z"));
            Schedules.Firing firing = schedules.fireNow("MorningFunction");
            assertThat(firing.scheduledTime()).isEqualTo(Instant.parse("2026-06-06T10:15:00Z"));
            assertThat(firing.response()).isEqualTo("ok");
        }
    }

    @Nested
    class Http {
        private final HttpClient client = HttpClient.newHttpClient();

        @Test
        void route_roundTripsHeadersPathParametersQueryBodyAndStatus() throws Exception {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                            uri("/echo/%C3%A5se?page=2&filter=x"))
                    .header("X-Test", "verdi").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"a\":1}")).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(201);
            assertThat(response.headers().firstValue("X-Echo")).contains("yes");
            assertThat(response.body()).isEqualTo("name=åse;route=POST /echo/{name};query={page=2, filter=x};header=verdi;"
                    + "version=2.0;base64=false;body={\"a\":1}");
        }

        @Test
        void route_literalPathWinsOverParameter_andEmptyResponse() throws Exception {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri("/echo/health")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(204);
        }

        @Test
        void unknownRouteOrMethod_is404LikeApiGateway() throws Exception {
            assertThat(client.send(HttpRequest.newBuilder(uri("/nope")).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
            assertThat(client.send(HttpRequest.newBuilder(uri("/echo/x")).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
        }

        @Test
        void binaryBody_reachesHandlerBase64Encoded() throws Exception {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri("/echo/bin"))
                    .header("Content-Type", "application/octet-stream")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {1, 2, 3})).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.body()).contains("base64=true;body=AQID");
        }

        @Test
        void corsPreflight_allowedOrigin_isAnsweredByTheGatewayWithTheApisPolicy() throws Exception {
            HttpResponse<String> preflight = client.send(HttpRequest.newBuilder(uri("/public/x"))
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                    .header("Origin", "https://jobbstotte.example")
                    .header("Access-Control-Request-Method", "POST").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(preflight.statusCode()).isEqualTo(204);
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).contains("https://jobbstotte.example");
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).contains("GET,POST");

            HttpResponse<String> post = client.send(HttpRequest.newBuilder(uri("/public/x"))
                    .header("Origin", "https://jobbstotte.example")
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(post.headers().firstValue("Access-Control-Allow-Origin")).contains("https://jobbstotte.example");
        }

        @Test
        void cors_otherOriginOrRouteWithoutPolicy_getsNoAllowOrigin() throws Exception {
            HttpResponse<String> foreign = client.send(HttpRequest.newBuilder(uri("/public/x"))
                    .header("Origin", "https://evil.example")
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(foreign.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
            HttpResponse<String> noPolicy = client.send(HttpRequest.newBuilder(uri("/echo/x"))
                    .header("Origin", "https://jobbstotte.example")
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(noPolicy.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        }

        private URI uri(String pathAndQuery) {
            return URI.create(cloud().httpApiUrl() + pathAndQuery);
        }
    }

    @Nested
    class Resources {
        @Test
        void queues_haveTheTemplatesAttributes() {
            Map<QueueAttributeName, String> work = attributes("WorkQueue");
            assertThat(work.get(QueueAttributeName.VISIBILITY_TIMEOUT)).isEqualTo("30");
            assertThat(work.get(QueueAttributeName.REDRIVE_POLICY))
                    .contains(cloud().queueArn("WorkDeadLetterQueue")).contains("3");
            Map<QueueAttributeName, String> ordered = attributes("OrderedQueue");
            assertThat(ordered.get(QueueAttributeName.FIFO_QUEUE)).isEqualTo("true");
            assertThat(cloud().queueUrl("OrderedQueue")).endsWith("jobbstotte-local-ordered.fifo");
            assertThat(ordered.get(QueueAttributeName.REDRIVE_POLICY)).contains(cloud().queueArn("OrderedDeadLetterQueue"));
        }

        @Test
        void table_hasKeysAndIndexFromTemplate() {
            TableDescription table = cloud().dynamoDb().describeTable(r -> r.tableName(cloud().tableName("ThingsTable"))).table();
            assertThat(table.tableName()).isEqualTo("jobbstotte-local-things");
            assertThat(table.keySchema()).extracting(k -> k.attributeName() + ":" + k.keyTypeAsString())
                    .containsExactly("pk:HASH", "sk:RANGE");
            assertThat(table.globalSecondaryIndexes()).extracting(i -> i.indexName()).containsExactly("byOwner");
        }

        @Test
        void bucket_existsWithTemplateName() {
            assertThat(cloud().s3().listBuckets().buckets()).extracting(b -> b.name()).contains("jobbstotte-local-files");
        }

        private Map<QueueAttributeName, String> attributes(String queue) {
            return cloud().sqs().getQueueAttributes(r -> r.queueUrl(cloud().queueUrl(queue))
                    .attributeNames(QueueAttributeName.ALL)).attributes();
        }
    }

}
