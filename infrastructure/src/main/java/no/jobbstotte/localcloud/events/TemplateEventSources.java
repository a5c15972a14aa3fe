package no.jobbstotte.localcloud.events;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.jobbstotte.localcloud.provision.ProvisionedResources;
import no.jobbstotte.localcloud.runtime.FunctionDefinition;
import no.jobbstotte.localcloud.runtime.FunctionDefinition.EventSourceDefinition;
import no.jobbstotte.localcloud.template.Intrinsics;
import no.jobbstotte.localcloud.template.Resource;
import no.jobbstotte.localcloud.template.Template;
import no.jobbstotte.localcloud.template.TemplateException;

/**
 * A function's event sources as template.yaml states them, read into what the local cloud runs:
 * SQS mappings, schedules and HTTP routes. A definition it cannot run fails with the function,
 * the event and the line at fault.
 */
public final class TemplateEventSources {

    private final Template template;
    private final ProvisionedResources resources;
    private final Intrinsics intrinsics;

    public TemplateEventSources(Template template, ProvisionedResources resources, Intrinsics intrinsics) {
        this.template = template;
        this.resources = resources;
        this.intrinsics = intrinsics;
    }

    public SqsEventSource.Mapping sqsMapping(FunctionDefinition function, EventSourceDefinition event) {
        String arn = intrinsics.string(event.properties().get("Queue"));
        Resource queue = template.ofType(Template.QUEUE).stream()
                .filter(q -> resources.attribute(q.logicalId(), "Arn").equals(arn))
                .findFirst()
                .orElseThrow(() -> fault(function, event, "Queue must be the Arn of a queue in this template"));
        int batchSize = event.properties().get("BatchSize") instanceof Number n ? n.intValue() : 10;
        boolean reportFailures = event.properties().get("FunctionResponseTypes") instanceof List<?> types
                && types.contains("ReportBatchItemFailures");
        int maxReceiveCount = queue.map("RedrivePolicy").get("maxReceiveCount") instanceof Number n ? n.intValue() : 0;
        return new SqsEventSource.Mapping(function.logicalId(), event.name(), resources.ref(queue.logicalId()), arn,
                batchSize, reportFailures, maxReceiveCount);
    }

    public Schedules.Schedule schedule(FunctionDefinition function, EventSourceDefinition event) {
        Map<String, Object> properties = event.properties();
        try {
            CronSchedule expression = CronSchedule.parse(intrinsics.string(properties.get("ScheduleExpression")));
            Object zone = properties.get("ScheduleExpressionTimezone");
            boolean enabled = !"DISABLED".equals(properties.get("State")) && !Boolean.FALSE.equals(properties.get("Enabled"));
            return new Schedules.Schedule(function.logicalId(), event.name(), expression,
                    ZoneId.of(zone == null ? "UTC" : intrinsics.string(zone)), enabled);
        } catch (RuntimeException e) {
            throw fault(function, event, e.getMessage());
        }
    }

    public HttpRoute route(FunctionDefinition function, EventSourceDefinition event) {
        Object path = event.properties().get("Path");
        if (!(path instanceof String p) || !p.startsWith("/")) {
            throw fault(function, event, "HttpApi needs a Path starting with /");
        }
        Optional<CorsPolicy> cors = Optional.empty();
        String api = HttpRoute.IMPLICIT_API;
        if (event.properties().get("ApiId") instanceof Map<?, ?> apiRef && apiRef.get("Ref") instanceof String apiId) {
            Resource apiResource = template.resource(apiId).filter(r -> r.type().equals(Template.HTTP_API))
                    .orElseThrow(() -> fault(function, event, "ApiId must Ref an AWS::Serverless::HttpApi"));
            cors = CorsPolicy.from(apiResource.properties().get("CorsConfiguration"));
            api = apiId;
        }
        return new HttpRoute(function.logicalId(), HttpRoute.normaliseMethod(event.properties().get("Method")), p, cors,
                api);
    }

    /** An event type the local cloud does not run. */
    public TemplateException unsupported(FunctionDefinition function, EventSourceDefinition event) {
        return fault(function, event, "event type " + event.type()
                + " is not supported locally (SQS, ScheduleV2, Schedule, HttpApi are)");
    }

    private static TemplateException fault(FunctionDefinition function, EventSourceDefinition event, String problem) {
        return new TemplateException("template.yaml line " + function.line() + ", function " + function.logicalId()
                + ", event " + event.name() + ": " + problem);
    }
}
