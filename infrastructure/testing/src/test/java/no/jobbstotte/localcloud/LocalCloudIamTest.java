package no.jobbstotte.localcloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import no.jobbstotte.localcloud.iam.AccessDenial;
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
}
