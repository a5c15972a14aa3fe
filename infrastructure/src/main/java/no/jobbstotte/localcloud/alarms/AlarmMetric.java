package no.jobbstotte.localcloud.alarms;

import java.util.Map;
import java.util.Optional;
import no.jobbstotte.localcloud.template.Template;

/**
 * One CloudWatch metric of one resource in the template, of the kinds the local cloud measures:
 * queue depth and age of the oldest message, function errors and throttles, API requests and 5xx,
 * and the account's SES bounce and complaint rates (resource {@link #ACCOUNT}).
 */
public record AlarmMetric(String namespace, String name, String resourceId) {

    /** The "resource" of an account-wide metric, which has no dimension. */
    public static final String ACCOUNT = "account";

    /**
     * What a supported metric's single dimension is called (null: account-wide, no dimension), which resource type it names, and how
     * the report says what it watches.
     */
    record Kind(String dimension, String resourceType, String label) {}

    static final Map<String, Kind> SUPPORTED = Map.ofEntries(
            Map.entry("AWS/SES Reputation.BounceRate", new Kind(null, null, "SES bounce rate of the %s")),
            Map.entry("AWS/SES Reputation.ComplaintRate", new Kind(null, null, "SES complaint rate of the %s")),
            Map.entry("AWS/SQS ApproximateNumberOfMessagesVisible", new Kind("QueueName", Template.QUEUE, "messages in %s")),
            Map.entry("AWS/SQS ApproximateAgeOfOldestMessage", new Kind("QueueName", Template.QUEUE, "age (s) of oldest message in %s")),
            Map.entry("AWS/Lambda Errors", new Kind("FunctionName", Template.FUNCTION, "errors of %s")),
            Map.entry("AWS/Lambda Throttles", new Kind("FunctionName", Template.FUNCTION, "throttles of %s")),
            Map.entry("AWS/ApiGateway 5xx", new Kind("ApiId", Template.HTTP_API, "5xx answers of %s")),
            Map.entry("AWS/ApiGateway Count", new Kind("ApiId", Template.HTTP_API, "requests to %s")));

    static Optional<Kind> kind(String namespace, String name) {
        return Optional.ofNullable(SUPPORTED.get(namespace + " " + name));
    }

    @Override
    public String toString() {
        return kind(namespace, name).map(k -> k.label().formatted(resourceId)).orElse(name + " of " + resourceId);
    }
}
