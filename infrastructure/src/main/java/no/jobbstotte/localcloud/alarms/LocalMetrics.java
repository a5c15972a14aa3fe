package no.jobbstotte.localcloud.alarms;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.UnaryOperator;
import no.jobbstotte.localcloud.events.HttpApiServer;
import no.jobbstotte.localcloud.events.SqsEventSource;
import no.jobbstotte.localcloud.runtime.FunctionRuntime;
import no.jobbstotte.localcloud.ses.SesEventPublisher;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The local cloud's own measures of the metrics alarms watch. Counts (errors, throttles, requests,
 * 5xx) run from the start or the last reset, not per alarm period; queue depth is the queue's
 * attribute; the age of the oldest message is what the queue's event source still holds unfinished;
 * the SES reputation rates are hard bounces and complaints per recipient since the start or reset.
 */
public final class LocalMetrics implements MetricSource {

    private final SqsClient sqs;
    private final UnaryOperator<String> queueUrl;
    private final Map<String, FunctionRuntime> functions;
    private final List<SqsEventSource> sqsSources;
    private final HttpApiServer httpApi;
    private final SesEventPublisher ses;

    public LocalMetrics(SqsClient sqs, UnaryOperator<String> queueUrl, Map<String, FunctionRuntime> functions,
            List<SqsEventSource> sqsSources, HttpApiServer httpApi, SesEventPublisher ses) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
        this.functions = functions;
        this.sqsSources = sqsSources;
        this.httpApi = httpApi;
        this.ses = ses;
    }

    @Override
    public OptionalDouble value(AlarmMetric metric) {
        String id = metric.resourceId();
        return switch (metric.name()) {
            case "ApproximateNumberOfMessagesVisible" -> OptionalDouble.of(Double.parseDouble(sqs.getQueueAttributes(r -> r
                    .queueUrl(queueUrl.apply(id)).attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
                    .attributes().get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES)));
            case "ApproximateAgeOfOldestMessage" -> oldestMessageAge(id);
            // A function that is not running locally had no invocations, so nothing failed or was throttled.
            case "Errors" -> OptionalDouble.of(functions.containsKey(id) ? functions.get(id).errors() : 0);
            case "Throttles" -> OptionalDouble.of(functions.containsKey(id) ? functions.get(id).throttles() : 0);
            case "5xx" -> OptionalDouble.of(httpApi.serverErrors(id));
            case "Count" -> OptionalDouble.of(httpApi.requests(id));
            // The mailbox simulator's outcomes over every recipient sent to, as a ratio like SES's.
            case "Reputation.BounceRate" -> OptionalDouble.of(ses.bounceRate());
            case "Reputation.ComplaintRate" -> OptionalDouble.of(ses.complaintRate());
            default -> OptionalDouble.empty();
        };
    }

    /** Without a local consumer nothing sees the queue's messages without receiving them, so no age. */
    private OptionalDouble oldestMessageAge(String queueId) {
        String url = queueUrl.apply(queueId);
        List<SqsEventSource> consumers = sqsSources.stream().filter(s -> s.mapping().queueUrl().equals(url)).toList();
        if (consumers.isEmpty()) {
            return OptionalDouble.empty();
        }
        Instant now = Instant.now();
        return OptionalDouble.of(consumers.stream().mapToLong(s -> s.oldestUnfinishedAge(now).toSeconds()).max().orElse(0));
    }
}
