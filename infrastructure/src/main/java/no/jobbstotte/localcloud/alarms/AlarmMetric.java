package no.jobbstotte.localcloud.alarms;

import java.util.Map;
import java.util.Optional;
import no.jobbstotte.localcloud.template.Template;

/**
 * One CloudWatch metric of one resource in the template, of the kinds the local cloud measures:
 * queue depth and age of the oldest message, function errors and throttles, API requests and 5xx.
 */
public record AlarmMetric(String namespace, String name, String resourceId) {

    /** What a supported metric's single dimension is called and which resource type it names. */
    record Kind(String dimension, String resourceType) {}

    static final Map<String, Kind> SUPPORTED = Map.of(
            "AWS/SQS ApproximateNumberOfMessagesVisible", new Kind("QueueName", Template.QUEUE),
            "AWS/SQS ApproximateAgeOfOldestMessage", new Kind("QueueName", Template.QUEUE),
            "AWS/Lambda Errors", new Kind("FunctionName", Template.FUNCTION),
            "AWS/Lambda Throttles", new Kind("FunctionName", Template.FUNCTION),
            "AWS/ApiGateway 5xx", new Kind("ApiId", Template.HTTP_API),
            "AWS/ApiGateway Count", new Kind("ApiId", Template.HTTP_API));

    static Optional<Kind> kind(String namespace, String name) {
        return Optional.ofNullable(SUPPORTED.get(namespace + " " + name));
    }

    @Override
    public String toString() {
        return name + " of " + resourceId;
    }
}
