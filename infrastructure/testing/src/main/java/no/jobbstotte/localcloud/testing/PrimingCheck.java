package no.jobbstotte.localcloud.testing;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.jobbstotte.localcloud.LocalCloud;
import no.jobbstotte.localcloud.template.Template;
import no.jobbstotte.shared.snapstart.Priming;
import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The checks every function's SnapStart prime must pass: it runs against the function's real
 * clients without throwing and leaves no trace (every table, queue and bucket of the template
 * still empty, no e-mail sent), and the checkpoint hook built from it survives it.
 */
public final class PrimingCheck {

    private PrimingCheck() {}

    /** Runs {@code prime} on a freshly reset local cloud and checks that nothing changed. */
    public static void assertLeavesNoTrace(LocalCloud cloud, Runnable prime) {
        assertDoesNotThrow(prime::run, "the prime");
        List<Executable> checks = new ArrayList<>();
        for (var table : cloud.template().ofType(Template.TABLE)) {
            String name = cloud.tableName(table.logicalId());
            checks.add(() -> assertTrue(cloud.dynamoDb().scan(r -> r.tableName(name)).items().isEmpty(),
                    "the prime wrote to " + table.logicalId()));
        }
        for (var queue : cloud.template().ofType(Template.QUEUE)) {
            String url = cloud.queueUrl(queue.logicalId());
            checks.add(() -> {
                Map<QueueAttributeName, String> counts = cloud.sqs().getQueueAttributes(r -> r.queueUrl(url).attributeNames(
                        QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                        QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).attributes();
                assertEquals("0", counts.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES), "the prime sent to " + queue.logicalId());
                assertEquals("0", counts.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE),
                        "the prime sent to " + queue.logicalId());
            });
        }
        for (var bucket : cloud.template().ofType(Template.BUCKET)) {
            String name = cloud.bucketName(bucket.logicalId());
            checks.add(() -> assertTrue(cloud.s3().listObjectsV2(r -> r.bucket(name)).contents().isEmpty(),
                    "the prime wrote to " + bucket.logicalId()));
        }
        checks.add(() -> assertTrue(cloud.mailbox().sent().isEmpty(), "the prime sent e-mail"));
        assertAll(checks);
    }

    /** The CRaC resource made from {@code prime} runs it before a checkpoint without failing the snapshot. */
    public static void assertCheckpointHookSurvives(String name, Runnable prime) {
        assertDoesNotThrow(() -> Priming.resource(name, prime).beforeCheckpoint(null), "the checkpoint hook");
    }
}
