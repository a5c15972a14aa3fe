package no.jobbstotte.localcloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import no.jobbstotte.localcloud.iam.AccessDenial;
import no.jobbstotte.localcloud.iam.CallLedger;
import no.jobbstotte.localcloud.iam.IamGateway;
import no.jobbstotte.localcloud.runtime.FunctionRuntime;
import no.jobbstotte.localcloud.testfunctions.TestStack;
import no.jobbstotte.localcloud.testing.LocalCloudExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/**
 * IAM enforcement end to end: a function running in the local cloud, with the client set-up every
 * real function uses, may do what its role in the template allows and fails, as on AWS, on
 * anything else, while the test's own client is not checked.
 */
class LocalCloudIamTest {

    @RegisterExtension
    static final LocalCloudExtension CLOUD = LocalCloudExtension.fromTemplate(TestStack.template());

    @Test
    void aCallTheRoleDoesNotAllow_failsTheFunctionWithAccessDenied_andChangesNothing() {
        LocalCloud cloud = CLOUD.cloud();
        IamGateway iam = cloud.iam().orElseThrow(() -> new AssertionError("IAM is enforced by default"));
        FunctionRuntime writer = cloud.function("ThingsWriterFunction");
        String table = cloud.tableName("ThingsTable");
        Map<String, AttributeValue> key = Map.of("pk", AttributeValue.fromS("t-1"), "sk", AttributeValue.fromS("-"));

        assertThat((String) writer.invoke(Map.of("op", "put", "pk", "t-1"))).isEqualTo("done");
        assertThatThrownBy(() -> writer.invoke(Map.of("op", "delete", "pk", "t-1")))
                .isInstanceOfSatisfying(DynamoDbException.class, e -> {
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDeniedException");
                    assertThat(e.getMessage()).contains("assumed-role/ThingsWriterFunctionRole/ThingsWriterFunction"
                            + " is not authorized to perform: dynamodb:DeleteItem on resource: arn:aws:dynamodb:"
                            + LocalCloud.REGION + ":" + LocalCloud.ACCOUNT_ID + ":table/" + table);
                });

        assertThat(cloud.dynamoDb().getItem(r -> r.tableName(table).key(key)).hasItem())
                .as("the refused delete never reached DynamoDB").isTrue();
        assertThat(writer.errors()).as("counted as the function's error, as Lambda's Errors metric would").isEqualTo(1);
        assertThat(iam.denials()).containsExactly(new AccessDenial("ThingsWriterFunction", "dynamodb:DeleteItem",
                "arn:aws:dynamodb:" + LocalCloud.REGION + ":" + LocalCloud.ACCOUNT_ID + ":table/" + table));
        assertThat(iam.checked()).isEqualTo(2);

        // The test's own client is not a function: its delete is not checked.
        cloud.dynamoDb().deleteItem(r -> r.tableName(table).key(key));
        assertThat(iam.checked()).isEqualTo(2);
        iam.clear(); // the refusal was the point of this test; LocalCloudExtension fails on any other
    }

    @Test
    void everyFunctionCall_isInTheLedgerWithTheCapacityDynamoDbReports_whileTheFunctionSeesWhatItAskedFor() {
        LocalCloud cloud = CLOUD.cloud();
        IamGateway iam = cloud.iam().orElseThrow();
        String table = cloud.tableName("ThingsTable");

        cloud.function("ThingsWriterFunction").invoke(Map.of("op", "put", "pk", "t-2"));
        cloud.dynamoDb().getItem(r -> r.tableName(table).key(Map.of("pk", AttributeValue.fromS("t-2"),
                "sk", AttributeValue.fromS("-"))));

        // One write of a small item is one write unit; the test's own read is not a function's call.
        // The function's client checks the answer's CRC32, so the stripped figures cannot have broken it.
        assertThat(iam.ledger().calls()).containsExactly(new CallLedger.Call("ThingsWriterFunction", "dynamodb",
                "PutItem", List.of("arn:aws:dynamodb:" + LocalCloud.REGION + ":" + LocalCloud.ACCOUNT_ID + ":table/"
                        + table), 0, 1));
    }

    @Test
    void whereTheEmulatorReportsNoCapacity_theLedgerHasTheMinimumAwsBills() {
        LocalCloud cloud = CLOUD.cloud();
        IamGateway iam = cloud.iam().orElseThrow();
        FunctionRuntime writer = cloud.function("ThingsWriterFunction");
        String arn = "arn:aws:dynamodb:" + LocalCloud.REGION + ":" + LocalCloud.ACCOUNT_ID + ":table/"
                + cloud.tableName("ThingsTable");

        assertThat((String) writer.invoke(Map.of("op", "create", "pk", "t-3"))).isEqualTo("done");
        assertThat((String) writer.invoke(Map.of("op", "create", "pk", "t-3"))).isEqualTo("exists");
        assertThat((String) writer.invoke(Map.of("op", "count", "pk", "t-absent"))).isEqualTo("0");

        // A failed condition answers with an error, which carries no capacity, yet AWS bills at least
        // one write unit for it; a Query that finds nothing is still billed one (eventually consistent) read.
        assertThat(iam.ledger().calls()).containsExactly(
                new CallLedger.Call("ThingsWriterFunction", "dynamodb", "PutItem", List.of(arn), 0, 1),
                new CallLedger.Call("ThingsWriterFunction", "dynamodb", "PutItem", List.of(arn), 0, 1),
                new CallLedger.Call("ThingsWriterFunction", "dynamodb", "Query", List.of(arn), 0.5, 0));
    }
}
