package no.jobbstotte.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import no.jobbstotte.localcloud.template.Resource;
import no.jobbstotte.localcloud.template.Template;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Rules the SAM schema cannot express because they span resources (a function and its queue, a
 * queue and its dead-letter queue), or are our own choices for data we must not lose. One dynamic
 * test per rule and resource, so a failure names exactly what to fix.
 */
class TemplateConsistencyTest {

    /** Lambda's default when a function sets no Timeout. */
    private static final long DEFAULT_FUNCTION_TIMEOUT = 3;
    /** SQS's default when a queue sets no VisibilityTimeout. */
    private static final long DEFAULT_VISIBILITY_TIMEOUT = 30;

    @TestFactory
    Stream<DynamicTest> sqsEventSources_reportBatchItemFailures() {
        return reportBatchItemFailures(DeploymentTemplate.read());
    }

    @TestFactory
    Stream<DynamicTest> sqsEventSourceQueues_haveRedrivePolicyToDeadLetterQueue() {
        return redrivePolicies(DeploymentTemplate.read());
    }

    @TestFactory
    Stream<DynamicTest> deadLetterQueues_areFifoWhenTheirSourceQueueIs() {
        return fifoDeadLetterQueues(DeploymentTemplate.read());
    }

    @TestFactory
    Stream<DynamicTest> sqsEventSourceQueues_visibilityTimeoutIsAtLeastSixFunctionTimeouts() {
        return visibilityTimeouts(DeploymentTemplate.read());
    }

    @TestFactory
    Stream<DynamicTest> dynamoDbTables_areOnDemandWithPointInTimeRecoveryAndEncryption() {
        return tables(DeploymentTemplate.read());
    }

    // ---- The rules, usable on any template (TemplateConsistencyRulesTest feeds them broken ones) ----

    /** Without it one failed record makes Lambda retry the whole batch, and the good records run twice. */
    static Stream<DynamicTest> reportBatchItemFailures(Template template) {
        return sqsEvents(template).stream().map(event -> dynamicTest(event + ": FunctionResponseTypes is [ReportBatchItemFailures]",
                () -> assertThat(event.properties().get("FunctionResponseTypes")).as("%s FunctionResponseTypes", event)
                        .isEqualTo(List.of("ReportBatchItemFailures"))));
    }

    /** A message that keeps failing must end up somewhere we can look at, not be retried until it expires. */
    static Stream<DynamicTest> redrivePolicies(Template template) {
        return sqsEvents(template).stream().map(event -> dynamicTest(event + ": its queue has a RedrivePolicy to a dead-letter queue", () -> {
            Resource queue = consumedQueue(template, event);
            Map<?, ?> redrive = redrivePolicy(queue).orElse(null);
            assertThat(redrive).as("%s RedrivePolicy", queue.logicalId()).isNotNull();
            Resource deadLetterQueue = deadLetterQueue(template, queue);
            assertThat(deadLetterQueue.logicalId()).as("%s dead-letter queue", queue.logicalId()).isNotEqualTo(queue.logicalId());
            assertThat(redrive.get("maxReceiveCount")).as("%s RedrivePolicy.maxReceiveCount", queue.logicalId())
                    .isInstanceOfSatisfying(Number.class, count -> assertThat(count.longValue()).isPositive());
        }));
    }

    /** SQS refuses a dead-letter queue of the other kind: FIFO queues need FIFO ones, standard queues standard ones. */
    static Stream<DynamicTest> fifoDeadLetterQueues(Template template) {
        return template.ofType(Template.QUEUE).stream()
                .filter(queue -> redrivePolicy(queue).isPresent())
                .map(queue -> dynamicTest(queue.logicalId() + ": dead-letter queue is FIFO exactly when the queue is", () -> {
                    Resource deadLetterQueue = deadLetterQueue(template, queue);
                    assertThat(isFifo(deadLetterQueue))
                            .as("%s is %s, so its dead-letter queue %s must be too", queue.logicalId(),
                                    isFifo(queue) ? "FIFO" : "standard", deadLetterQueue.logicalId())
                            .isEqualTo(isFifo(queue));
                }));
    }

    /** AWS's advice for Lambda event sources: otherwise a message still being handled (or retried) shows up again. */
    static Stream<DynamicTest> visibilityTimeouts(Template template) {
        return sqsEvents(template).stream().map(event -> dynamicTest(event + ": queue VisibilityTimeout >= 6 x function Timeout", () -> {
            Resource queue = consumedQueue(template, event);
            long visibility = number(queue.properties().get("VisibilityTimeout"), DEFAULT_VISIBILITY_TIMEOUT, queue.logicalId() + " VisibilityTimeout");
            long timeout = number(event.functionProperties().get("Timeout"), DEFAULT_FUNCTION_TIMEOUT, event.function().logicalId() + " Timeout");
            assertThat(visibility).as("%s VisibilityTimeout (function %s has Timeout %d)", queue.logicalId(), event.function().logicalId(), timeout)
                    .isGreaterThanOrEqualTo(6 * timeout);
        }));
    }

    /** The tables hold agreements and sign-ups: no capacity to plan, restorable to any second, encrypted. */
    static Stream<DynamicTest> tables(Template template) {
        return template.ofType(Template.TABLE).stream().flatMap(table -> Stream.of(
                dynamicTest(table.logicalId() + ": BillingMode is PAY_PER_REQUEST",
                        () -> assertThat(table.properties().get("BillingMode")).as("%s BillingMode", table.logicalId()).isEqualTo("PAY_PER_REQUEST")),
                dynamicTest(table.logicalId() + ": point-in-time recovery is enabled",
                        () -> assertThat(table.map("PointInTimeRecoverySpecification").get("PointInTimeRecoveryEnabled"))
                                .as("%s PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled", table.logicalId()).isEqualTo(true)),
                dynamicTest(table.logicalId() + ": server-side encryption is enabled",
                        () -> assertThat(table.map("SSESpecification").get("SSEEnabled"))
                                .as("%s SSESpecification.SSEEnabled", table.logicalId()).isEqualTo(true))));
    }

    // ---- Look-ups ----

    /** One SQS event under a function's Events. */
    record SqsEvent(Resource function, String name, Map<?, ?> properties, Map<String, Object> functionProperties) {
        @Override
        public String toString() {
            return function.logicalId() + "." + name;
        }
    }

    static List<SqsEvent> sqsEvents(Template template) {
        List<SqsEvent> events = new ArrayList<>();
        for (Resource function : template.ofType(Template.FUNCTION)) {
            Map<String, Object> functionProperties = DeploymentTemplate.functionProperties(template, function);
            function.map("Events").forEach((name, body) -> {
                if (body instanceof Map<?, ?> event && "SQS".equals(event.get("Type"))) {
                    Map<?, ?> properties = event.get("Properties") instanceof Map<?, ?> map ? map : Map.of();
                    events.add(new SqsEvent(function, name, properties, functionProperties));
                }
            });
        }
        return events;
    }

    private static Resource consumedQueue(Template template, SqsEvent event) {
        Object queue = event.properties().get("Queue");
        String id = DeploymentTemplate.referencedId(queue).orElse(null);
        assertThat(id).as("%s Queue must be !GetAtt <queue in this template>.Arn, so it can be checked; it is %s", event, queue).isNotNull();
        return queueResource(template, id, event + " Queue");
    }

    private static Optional<Map<?, ?>> redrivePolicy(Resource queue) {
        return queue.property("RedrivePolicy").filter(Map.class::isInstance).map(Map.class::cast);
    }

    private static Resource deadLetterQueue(Template template, Resource queue) {
        Object target = redrivePolicy(queue).map(policy -> policy.get("deadLetterTargetArn")).orElse(null);
        String id = DeploymentTemplate.referencedId(target).orElse(null);
        assertThat(id).as("%s RedrivePolicy.deadLetterTargetArn must be !GetAtt <queue in this template>.Arn; it is %s", queue.logicalId(), target)
                .isNotNull();
        return queueResource(template, id, queue.logicalId() + " RedrivePolicy.deadLetterTargetArn");
    }

    private static Resource queueResource(Template template, String id, String where) {
        Resource resource = template.resource(id).orElse(null);
        assertThat(resource).as("%s refers to %s, which is not in the template", where, id).isNotNull();
        assertThat(resource.type()).as("%s refers to %s", where, id).isEqualTo(Template.QUEUE);
        return resource;
    }

    private static boolean isFifo(Resource queue) {
        return DeploymentTemplate.isTrue(queue.properties().get("FifoQueue"));
    }

    private static long number(Object value, long defaultValue, String what) {
        if (value == null) {
            return defaultValue;
        }
        assertThat(value).as("%s must be a plain number", what).isInstanceOf(Number.class);
        return ((Number) value).longValue();
    }
}
