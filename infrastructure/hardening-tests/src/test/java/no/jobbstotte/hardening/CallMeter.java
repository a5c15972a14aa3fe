package no.jobbstotte.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.jobbstotte.localcloud.LocalCloud;
import no.jobbstotte.localcloud.iam.CallLedger;
import no.jobbstotte.localcloud.iam.CallLedger.Call;
import no.jobbstotte.localcloud.template.Resource;
import no.jobbstotte.localcloud.template.Template;
import org.awaitility.core.ConditionFactory;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Measures units of work on the local cloud from its IAM gateway's ledger: the calls the named
 * functions made while the work ran. The work waits for its own end (a stored status, a sent
 * mail, a drained queue), so every call of the unit is in and none of the next one.
 */
final class CallMeter {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final List<QueueAttributeName> BACKLOG = List.of(
            QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
            QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE,
            QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_DELAYED);

    private static final String SECRETS_MANAGER = "secretsmanager";

    private final LocalCloud cloud;
    private final Map<String, String> logicalIds = new HashMap<>();

    CallMeter(LocalCloud cloud) {
        this.cloud = cloud;
        Template template = cloud.template();
        for (Resource table : template.ofType(Template.TABLE)) {
            logicalIds.put(cloud.tableName(table.logicalId()), table.logicalId());
        }
        // By queue name: the queue's ARN as IAM sees it, not necessarily as the emulator states it.
        for (Resource queue : template.ofType(Template.QUEUE)) {
            String url = cloud.queueUrl(queue.logicalId());
            logicalIds.put(url.substring(url.lastIndexOf('/') + 1), queue.logicalId());
        }
        for (Resource bucket : template.ofType(Template.BUCKET)) {
            logicalIds.put(cloud.bucketName(bucket.logicalId()), bucket.logicalId());
        }
    }

    LocalCloud cloud() {
        return cloud;
    }

    /**
     * Empties the local cloud (tables, queues, bucket, mailbox, ledger) for the next unit, after
     * checking that no call so far was refused: the reset forgets refusals too.
     */
    void fresh() {
        assertThat(cloud.iam().orElseThrow().denials()).as("calls AWS would refuse").isEmpty();
        cloud.reset();
    }

    /** Runs {@code work} and returns the calls {@code functions} made meanwhile, for {@code per} units of work. */
    UnitCost measure(String id, String name, int per, Set<String> functions, Runnable work) {
        int mark = ledger().calls().size();
        work.run();
        List<Call> all = ledger().calls();
        // Secrets are read once per container and cached: whether a unit meets a new container
        // depends on the tests before it, so counting them would make the budgets flaky.
        List<Call> calls = all.subList(mark, all.size()).stream()
                .filter(c -> functions.contains(c.function()) && !c.service().equals(SECRETS_MANAGER)).toList();
        return new UnitCost(id, name, per, calls);
    }

    /** Awaitility, polling often: a unit's end is usually milliseconds away, and there are many units. */
    static ConditionFactory awaiting() {
        return await().atMost(PATIENCE).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(20));
    }

    /** Waits until nothing is left on these queues, in flight included: their consumers are done. */
    void awaitDrained(String... queueLogicalIds) {
        for (String queue : queueLogicalIds) {
            awaiting().until(() -> cloud.sqs().getQueueAttributes(r -> r.queueUrl(cloud.queueUrl(queue))
                    .attributeNames(BACKLOG)).attributes().values().stream().allMatch("0"::equals));
        }
    }

    /** A call's resources by their names in the template ({@code PlacementsTable/bySpecialistDue}). */
    String resourceName(Call call) {
        return call.resources().stream().map(this::resourceName).distinct().sorted().collect(Collectors.joining("+"));
    }

    private String resourceName(String arn) {
        if (arn.startsWith("arn:aws:dynamodb:")) {
            String[] path = arn.substring(arn.indexOf(":table/") + ":table/".length()).split("/index/", 2);
            return logicalIds.getOrDefault(path[0], path[0]) + (path.length > 1 ? "/" + path[1] : "");
        }
        if (arn.startsWith("arn:aws:s3:::")) {
            String bucket = arn.substring("arn:aws:s3:::".length()).split("/", 2)[0];
            return logicalIds.getOrDefault(bucket, bucket);
        }
        if (arn.startsWith("arn:aws:ses:")) {
            return "SES " + arn.substring(arn.lastIndexOf(':') + 1);
        }
        if (arn.startsWith("arn:aws:sqs:")) {
            String queue = arn.substring(arn.lastIndexOf(':') + 1);
            return logicalIds.getOrDefault(queue, queue);
        }
        return arn;
    }

    private CallLedger ledger() {
        return cloud.iam().orElseThrow().ledger();
    }
}
