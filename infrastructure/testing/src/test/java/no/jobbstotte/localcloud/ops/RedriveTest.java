package no.jobbstotte.localcloud.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import no.jobbstotte.localcloud.LocalCloud;
import no.jobbstotte.localcloud.testfunctions.FailingRecordsHandler;
import no.jobbstotte.localcloud.testfunctions.TestStack;
import no.jobbstotte.localcloud.testing.LocalCloudExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RedriveTest {

    @RegisterExtension
    static final LocalCloudExtension CLOUD = LocalCloudExtension.fromTemplate(TestStack.template());

    @Test
    void move_deadLetteredMessages_areProcessedAgainFromTheSourceQueue() {
        LocalCloud cloud = CLOUD.cloud();
        String body = "ok-redriven-" + UUID.randomUUID();
        cloud.sqs().sendMessage(r -> r.queueUrl(cloud.queueUrl("WorkDeadLetterQueue")).messageBody(body));

        int moved = new Redrive(cloud.sqs()).move(cloud.queueUrl("WorkDeadLetterQueue"), cloud.queueUrl("WorkQueue"), 100);

        assertThat(moved).isEqualTo(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> FailingRecordsHandler.DELIVERIES.containsKey(body));
        assertThat(cloud.sqs().receiveMessage(r -> r.queueUrl(cloud.queueUrl("WorkDeadLetterQueue"))).messages()).isEmpty();
    }

    @Test
    void move_fifo_keepsTheMessageGroup() {
        LocalCloud cloud = CLOUD.cloud();
        String group = "g-" + UUID.randomUUID();
        cloud.sqs().sendMessage(r -> r.queueUrl(cloud.queueUrl("OrderedDeadLetterQueue")).messageBody("x")
                .messageGroupId(group).messageDeduplicationId(UUID.randomUUID().toString()));

        new Redrive(cloud.sqs()).move(cloud.queueUrl("OrderedDeadLetterQueue"), cloud.queueUrl("OrderedQueue"), 100);

        await().atMost(Duration.ofSeconds(10)).until(() ->
                no.jobbstotte.localcloud.testfunctions.OrderRecordingHandler.RECEIVED.containsKey(group));
    }
}
