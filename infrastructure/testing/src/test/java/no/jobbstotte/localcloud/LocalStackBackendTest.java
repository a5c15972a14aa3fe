package no.jobbstotte.localcloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import no.jobbstotte.localcloud.testfunctions.TestStack;
import no.jobbstotte.localcloud.testing.LocalCloudExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The same local cloud on LocalStack (Docker, through Testcontainers). Every other integration
 * test runs there too with {@code -Dlocalcloud.backend=localstack}; this class always does, and
 * is skipped with a reason where Docker is missing.
 */
class LocalStackBackendTest {

    @RegisterExtension
    static final LocalCloudExtension CLOUD = LocalCloudExtension.fromTemplate(TestStack.template(), "localstack");

    @Test
    void resources_fromTemplate_existOnLocalStack() {
        LocalCloud cloud = CLOUD.cloud();
        assertThat(cloud.sqs().getQueueAttributes(r -> r.queueUrl(cloud.queueUrl("OrderedQueue"))
                .attributeNames(QueueAttributeName.FIFO_QUEUE)).attributes()).containsEntry(QueueAttributeName.FIFO_QUEUE, "true");
        assertThat(cloud.dynamoDb().describeTable(r -> r.tableName(cloud.tableName("ThingsTable"))).table()
                .globalSecondaryIndexes()).hasSize(1);
    }

    @Test
    void failingRecord_reachesDeadLetterQueue() {
        LocalCloud cloud = CLOUD.cloud();
        String body = "fail-" + UUID.randomUUID();
        cloud.sqs().sendMessage(r -> r.queueUrl(cloud.queueUrl("WorkQueue")).messageBody(body));
        await().atMost(Duration.ofSeconds(60)).until(() -> cloud.sqs().receiveMessage(r -> r
                .queueUrl(cloud.queueUrl("WorkDeadLetterQueue"))).messages().stream().anyMatch(m -> m.body().equals(body)));
    }
}
