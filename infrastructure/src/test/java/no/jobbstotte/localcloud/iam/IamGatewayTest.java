package no.jobbstotte.localcloud.iam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import no.jobbstotte.localcloud.emulator.EmulatorEndpoints;
import no.jobbstotte.localcloud.proxy.Forwarder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The gateway with the real SDK clients on one side and a stand-in emulator on the other (it
 * answers every call with success, and 404 for any S3 object): what is refused, how the SDK sees
 * the refusal, and that refused calls never reach the emulator.
 */
class IamGatewayTest {

    private static final String ACCOUNT = "000000000000";
    private static final String TABLE = "arn:aws:dynamodb:eu-north-1:" + ACCOUNT + ":table/placements";
    private static final String BUCKET = "arn:aws:s3:::stats-bucket";
    private static final String SECRET = "arn:aws:secretsmanager:eu-north-1:" + ACCOUNT + ":secret:chain-signing-master-AbCdEf";

    private HttpServer emulator;
    private final AtomicInteger reached = new AtomicInteger();
    private IamGateway gateway;

    @BeforeEach
    void start() throws IOException {
        emulator = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        emulator.createContext("/", exchange -> {
            try (exchange) {
                reached.incrementAndGet();
                exchange.getRequestBody().readAllBytes();
                if (exchange.getRequestURI().getPath().startsWith("/stats-bucket/")) {
                    exchange.getResponseHeaders().set("Content-Type", "application/xml");
                    Forwarder.send(exchange, 404, "<Error><Code>NoSuchKey</Code><Message>none</Message></Error>"
                            .getBytes(StandardCharsets.UTF_8));
                } else {
                    exchange.getResponseHeaders().set("Content-Type", "application/x-amz-json-1.0");
                    Forwarder.send(exchange, 200, "{}".getBytes(StandardCharsets.UTF_8));
                }
            }
        });
        emulator.start();
        URI upstream = URI.create("http://127.0.0.1:" + emulator.getAddress().getPort());
        Statement readTable = new Statement(true, List.of("dynamodb:GetItem"), List.of(TABLE), List.of());
        Statement readObjects = new Statement(true, List.of("s3:GetObject"), List.of(BUCKET + "/stats/*"), List.of());
        Statement listBucket = new Statement(true, List.of("s3:ListBucket"), List.of(BUCKET), List.of());
        Statement sendAsAddress = new Statement(true, List.of("ses:SendEmail"),
                List.of("arn:aws:ses:eu-north-1:" + ACCOUNT + ":identity/post@jobbstotte.example"), List.of());
        Statement readSecret = new Statement(true, List.of("secretsmanager:GetSecretValue"), List.of(SECRET), List.of());
        gateway = IamGateway.start(new EmulatorEndpoints(upstream, upstream, upstream, upstream, upstream), Map.of(
                "Reader", new RolePolicy("Reader", "ReaderRole", List.of(readTable, readObjects, sendAsAddress, readSecret)),
                "Lister", new RolePolicy("Lister", "ListerRole", List.of(readObjects, listBucket))),
                "eu-north-1", ACCOUNT);
    }

    @AfterEach
    void stop() {
        gateway.close();
        emulator.stop(0);
    }

    private static StaticCredentialsProvider as(String function) {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(FunctionCredentials.accessKeyId(function), "x"));
    }

    private DynamoDbClient dynamoDb(String function) {
        return DynamoDbClient.builder().region(Region.EU_NORTH_1).credentialsProvider(as(function))
                .endpointOverride(gateway.endpoints().dynamoDb()).build();
    }

    private S3Client s3(String function) {
        return S3Client.builder().region(Region.EU_NORTH_1).credentialsProvider(as(function)).forcePathStyle(true)
                .endpointOverride(gateway.endpoints().s3()).build();
    }

    @Test
    void aCallTheRoleAllows_reachesTheEmulator_anotherIsRefusedAsAwsRefusesIt() {
        try (DynamoDbClient client = dynamoDb("Reader")) {
            client.getItem(r -> r.tableName("placements").key(Map.of()));
            assertThat(reached).hasValue(1);

            assertThatThrownBy(() -> client.putItem(r -> r.tableName("placements").item(Map.of())))
                    .isInstanceOfSatisfying(AwsServiceException.class, e -> {
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDeniedException");
                        assertThat(e.statusCode()).isEqualTo(400);
                        // Only SQS carries a query-protocol code; other clients (the AWS CLI) would read it.
                        assertThat(e.awsErrorDetails().sdkHttpResponse().firstMatchingHeader("x-amzn-query-error"))
                                .isEmpty();
                        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("User: arn:aws:sts::" + ACCOUNT
                                + ":assumed-role/ReaderRole/Reader is not authorized to perform: dynamodb:PutItem on"
                                + " resource: " + TABLE + " because no identity-based policy allows the"
                                + " dynamodb:PutItem action");
                    });
        }
        assertThat(reached).as("the refused call never reached the emulator").hasValue(1);
        assertThat(gateway.denials()).containsExactly(new AccessDenial("Reader", "dynamodb:PutItem", TABLE));
        assertThat(gateway.checked()).isEqualTo(2);
    }

    @Test
    void secretsManager_onlyTheGrantedSecretByItsArn_isRead() {
        try (SecretsManagerClient reader = SecretsManagerClient.builder().region(Region.EU_NORTH_1)
                .credentialsProvider(as("Reader")).endpointOverride(gateway.endpoints().secretsManager()).build()) {
            reader.getSecretValue(r -> r.secretId(SECRET));
            assertThat(reached).hasValue(1);

            String other = SECRET.replace("chain-signing-master", "volunteer-email-pepper");
            for (String refused : List.of(other, "chain-signing-master")) {
                assertThatThrownBy(() -> reader.getSecretValue(r -> r.secretId(refused)))
                        .isInstanceOfSatisfying(AwsServiceException.class, e -> {
                            assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDeniedException");
                            assertThat(e.statusCode()).isEqualTo(400);
                        });
            }
            assertThatThrownBy(() -> reader.putSecretValue(r -> r.secretId(SECRET).secretString("x")))
                    .isInstanceOf(AwsServiceException.class);
        }
        assertThat(reached).as("refused calls never reach the emulator").hasValue(1);
        assertThat(gateway.denials()).extracting(AccessDenial::action).containsExactly("secretsmanager:GetSecretValue",
                "secretsmanager:GetSecretValue", "secretsmanager:PutSecretValue");
    }

    @Test
    void s3_aMissingKey_is403WithoutListBucket_and404WithIt() {
        try (S3Client reader = s3("Reader"); S3Client lister = s3("Lister")) {
            assertThatThrownBy(() -> reader.headObject(r -> r.bucket("stats-bucket").key("stats/v1/new.json")))
                    .isInstanceOfSatisfying(AwsServiceException.class, e -> assertThat(e.statusCode()).isEqualTo(403));
            assertThatThrownBy(() -> reader.getObject(r -> r.bucket("stats-bucket").key("stats/v1/new.json")))
                    .isInstanceOfSatisfying(AwsServiceException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(403);
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
                    });
            assertThatThrownBy(() -> lister.getObject(r -> r.bucket("stats-bucket").key("stats/v1/new.json")))
                    .isInstanceOf(NoSuchKeyException.class);
            assertThatThrownBy(() -> reader.getObject(r -> r.bucket("stats-bucket").key("private/x")))
                    .isInstanceOfSatisfying(AwsServiceException.class, e -> assertThat(e.statusCode()).isEqualTo(403));
        }
        assertThat(gateway.denials()).extracting(AccessDenial::action)
                .containsExactly("s3:ListBucket", "s3:ListBucket", "s3:GetObject");
    }

    @Test
    void ses_aGrantOnTheAddressAlone_doesNotCoverSendingAsTheVerifiedDomain() {
        try (SesV2Client ses = SesV2Client.builder().region(Region.EU_NORTH_1).credentialsProvider(as("Reader"))
                .endpointOverride(gateway.endpoints().ses()).build()) {
            assertThatThrownBy(() -> ses.sendEmail(r -> r.fromEmailAddress("post@jobbstotte.example")
                    .destination(d -> d.toAddresses("a@b.example"))
                    .content(c -> c.simple(m -> m.subject(s -> s.data("s")).body(b -> b.text(t -> t.data("t")))))))
                    .isInstanceOfSatisfying(AwsServiceException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(403);
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDeniedException");
                        assertThat(e.awsErrorDetails().errorMessage()).contains("identity/jobbstotte.example");
                    });
        }
        assertThat(reached).hasValue(0);
    }

    @Test
    void sqs_refusalIsTheSdksAccessDenied_andCallersThatAreNoFunctionPassUnchecked() {
        try (SqsClient sqs = SqsClient.builder().region(Region.EU_NORTH_1).credentialsProvider(as("Reader"))
                .endpointOverride(gateway.endpoints().sqs()).build();
             DynamoDbClient fixture = DynamoDbClient.builder().region(Region.EU_NORTH_1)
                     .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                     .endpointOverride(gateway.endpoints().dynamoDb()).build()) {
            assertThatThrownBy(() -> sqs.deleteMessage(r -> r.queueUrl("http://127.0.0.1/000000000000/q").receiptHandle("h")))
                    .isInstanceOfSatisfying(AwsServiceException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(403);
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
                    });
            fixture.deleteItem(r -> r.tableName("placements").key(Map.of()));
        }
        assertThat(reached).as("only the fixture's call").hasValue(1);
        assertThat(gateway.checked()).isEqualTo(1);
        assertThat(gateway.denials()).containsExactly(new AccessDenial("Reader", "sqs:DeleteMessage",
                "arn:aws:sqs:eu-north-1:" + ACCOUNT + ":q"));
    }

    @Test
    void aFunctionWithoutARoleInTheTemplate_mayDoNothing() {
        try (DynamoDbClient client = dynamoDb("Stranger")) {
            assertThatThrownBy(() -> client.getItem(r -> r.tableName("placements").key(Map.of())))
                    .isInstanceOf(AwsServiceException.class);
        }
        assertThat(reached).hasValue(0);
    }
}
