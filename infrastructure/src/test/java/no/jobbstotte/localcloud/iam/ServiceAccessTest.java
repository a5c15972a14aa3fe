package no.jobbstotte.localcloud.iam;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.jobbstotte.localcloud.proxy.ProxiedRequest;
import org.junit.jupiter.api.Test;

class ServiceAccessTest {

    private static final Arns ARNS = new Arns("eu-north-1", "000000000000");
    private static final String TABLES = "arn:aws:dynamodb:eu-north-1:000000000000:table/";

    private static ProxiedRequest request(String method, String rawPath, String rawQuery, Map<String, String> headers,
            String body) {
        Map<String, List<String>> multi = new java.util.LinkedHashMap<>();
        headers.forEach((k, v) -> multi.put(k, List.of(v)));
        return new ProxiedRequest(method, rawPath, rawQuery, multi, body.getBytes(StandardCharsets.UTF_8));
    }

    private static ProxiedRequest dynamo(String operation, String body) {
        return request("POST", "/", null, Map.of("X-Amz-Target", "DynamoDB_20120810." + operation), body);
    }

    @Test
    void dynamoDb_operationOnTable_indexQueries_batchesPerTable_transactionsPerItem() {
        DynamoDbAccess access = new DynamoDbAccess(ARNS);

        assertThat(access.requests(dynamo("PutItem", "{\"TableName\":\"t\",\"Item\":{}}")))
                .containsExactly(AccessRequest.of("dynamodb:PutItem", TABLES + "t"));
        assertThat(access.requests(dynamo("Query", "{\"TableName\":\"t\",\"IndexName\":\"byTeam\"}")))
                .containsExactly(AccessRequest.of("dynamodb:Query", TABLES + "t/index/byTeam"));
        assertThat(access.requests(dynamo("BatchGetItem", "{\"RequestItems\":{\"a\":{},\"b\":{}}}")))
                .containsExactly(AccessRequest.of("dynamodb:BatchGetItem", TABLES + "a"),
                        AccessRequest.of("dynamodb:BatchGetItem", TABLES + "b"));
        assertThat(access.requests(dynamo("TransactWriteItems", """
                {"TransactItems":[{"Put":{"TableName":"a"}},{"Update":{"TableName":"b"}},
                 {"ConditionCheck":{"TableName":"a"}}]}""")))
                .containsExactly(AccessRequest.of("dynamodb:PutItem", TABLES + "a"),
                        AccessRequest.of("dynamodb:UpdateItem", TABLES + "b"),
                        AccessRequest.of("dynamodb:ConditionCheckItem", TABLES + "a"));
        assertThat(access.requests(dynamo("ListTables", "{}"))).containsExactly(AccessRequest.of("dynamodb:ListTables", "*"));
        assertThat(access.requests(dynamo("PutItem", "not json")).getFirst().action()).contains("UnknownToTheLocalCloud");
    }

    @Test
    void sqs_jsonAndQueryProtocols_nameTheQueueFromItsUrl_batchesAsTheirSingleForms() {
        SqsAccess access = new SqsAccess(ARNS);
        String url = "http://127.0.0.1:9324/000000000000/jobbstotte-local-reminders";
        String arn = "arn:aws:sqs:eu-north-1:000000000000:jobbstotte-local-reminders";

        assertThat(access.requests(request("POST", "/", null, Map.of("X-Amz-Target", "AmazonSQS.SendMessageBatch"),
                "{\"QueueUrl\":\"" + url + "\"}"))).containsExactly(AccessRequest.of("sqs:SendMessage", arn));
        assertThat(access.requests(request("POST", "/", null, Map.of(),
                "Action=DeleteMessage&QueueUrl=" + java.net.URLEncoder.encode(url, StandardCharsets.UTF_8))))
                .containsExactly(AccessRequest.of("sqs:DeleteMessage", arn));
        assertThat(access.requests(request("POST", "/", null, Map.of("X-Amz-Target", "AmazonSQS.GetQueueUrl"),
                "{\"QueueName\":\"jobbstotte-local-reminders\"}"))).containsExactly(AccessRequest.of("sqs:GetQueueUrl", arn));
    }

    @Test
    void s3_methodAndSubResourcePickTheAction_headersAddTheirOwn() {
        S3Access access = new S3Access();

        assertThat(access.requests(request("HEAD", "/b/stats/v1/a%20b.json", null, Map.of(), "")))
                .containsExactly(AccessRequest.of("s3:GetObject", "arn:aws:s3:::b/stats/v1/a b.json"));
        assertThat(access.requests(request("PUT", "/b/k", null, Map.of("x-amz-copy-source", "/src/old%2Bkey",
                "x-amz-acl", "public-read"), "")))
                .containsExactly(AccessRequest.of("s3:PutObject", "arn:aws:s3:::b/k"),
                        AccessRequest.of("s3:GetObject", "arn:aws:s3:::src/old+key"),
                        AccessRequest.of("s3:PutObjectAcl", "arn:aws:s3:::b/k"));
        assertThat(access.requests(request("GET", "/b", "list-type=2&prefix=stats%2F", Map.of(), "")))
                .containsExactly(new AccessRequest("s3:ListBucket", "arn:aws:s3:::b", Map.of("s3:prefix", "stats/")));
        assertThat(access.requests(request("POST", "/b", "delete", Map.of(),
                "<Delete><Object><Key>a</Key></Object><Object><Key>b&amp;c</Key></Object></Delete>")))
                .containsExactly(AccessRequest.of("s3:DeleteObject", "arn:aws:s3:::b/a"),
                        AccessRequest.of("s3:DeleteObject", "arn:aws:s3:::b/b&c"));
        assertThat(access.requests(request("PUT", "/b", "policy", Map.of(), "")).getFirst().action())
                .as("unmapped calls are refused, not waved through").contains("UnknownToTheLocalCloud");
        assertThat(access.listBucketForMissingKey(request("HEAD", "/b/k", null, Map.of(), "")))
                .contains(AccessRequest.of("s3:ListBucket", "arn:aws:s3:::b"));
        assertThat(access.listBucketForMissingKey(request("PUT", "/b/k", null, Map.of(), ""))).isEmpty();
    }

    @Test
    void ses_sendIsAuthorisedAsTheDomainIdentity_orTheAddressWhenVerified_andTheConfigurationSet() {
        String send = "{\"FromEmailAddress\":\"Jobbstøtte <Paaminnelser@Jobbstotte.example>\",\"ConfigurationSetName\":\"cs\"}";
        ProxiedRequest request = request("POST", "/v2/email/outbound-emails", null, Map.of(), send);

        assertThat(new SesAccess(ARNS, Set.of()).requests(request)).containsExactly(
                AccessRequest.of("ses:SendEmail", "arn:aws:ses:eu-north-1:000000000000:identity/jobbstotte.example"),
                AccessRequest.of("ses:SendEmail", "arn:aws:ses:eu-north-1:000000000000:configuration-set/cs"));
        assertThat(new SesAccess(ARNS, Set.of("paaminnelser@jobbstotte.example")).requests(request).getFirst())
                .isEqualTo(AccessRequest.of("ses:SendEmail",
                        "arn:aws:ses:eu-north-1:000000000000:identity/paaminnelser@jobbstotte.example"));
        assertThat(new SesAccess(ARNS, Set.of()).requests(request("DELETE", "/v2/email/identities/x", null, Map.of(), ""))
                .getFirst().action()).contains("UnknownToTheLocalCloud");
    }
}
