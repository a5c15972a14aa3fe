package no.jobbstotte.localcloud.ses;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.jobbstotte.localcloud.provision.ProvisionedResources;
import no.jobbstotte.localcloud.template.Intrinsics;
import no.jobbstotte.localcloud.template.Resource;
import no.jobbstotte.localcloud.template.Template;
import no.jobbstotte.localcloud.template.TemplateException;

/**
 * Where SES publishes each configuration set's events, as the template declares it: configuration
 * set → event destination (its matching event types, an SNS topic) → the topic's SQS
 * subscriptions. Any other kind of destination or subscription stops the start: it would
 * silently publish nothing here.
 */
public final class SesEventRoutes {

    /** One SQS subscription of a topic. */
    public record Target(String topicArn, String queueUrl, boolean rawMessageDelivery) {}

    /** One enabled event destination: SES event types as they appear in {@code eventType}, and where they go. */
    public record Destination(Set<String> eventTypes, List<Target> targets) {}

    private final Map<String, List<Destination>> byConfigurationSet;

    private SesEventRoutes(Map<String, List<Destination>> byConfigurationSet) {
        this.byConfigurationSet = byConfigurationSet;
    }

    public static SesEventRoutes read(Template template, ProvisionedResources resources, Intrinsics intrinsics) {
        Map<String, String> queueUrlByArn = new HashMap<>();
        for (Resource queue : template.ofType(Template.QUEUE)) {
            queueUrlByArn.put(resources.attribute(queue.logicalId(), "Arn"), resources.ref(queue.logicalId()));
        }
        Map<String, List<Target>> byTopic = new HashMap<>();
        for (Resource subscription : template.ofType(Template.SUBSCRIPTION)) {
            String protocol = intrinsics.string(subscription.properties().get("Protocol"));
            if (!"sqs".equals(protocol)) {
                throw TemplateException.at(subscription, "only SQS subscriptions are delivered locally, not " + protocol);
            }
            String topic = intrinsics.string(subscription.properties().get("TopicArn"));
            String queueUrl = queueUrlByArn.get(intrinsics.string(subscription.properties().get("Endpoint")));
            if (queueUrl == null) {
                throw TemplateException.at(subscription, "Endpoint must be the Arn of a queue in this template");
            }
            boolean raw = Boolean.parseBoolean(String.valueOf(intrinsics.resolve(subscription.properties().get("RawMessageDelivery"))));
            byTopic.computeIfAbsent(topic, t -> new ArrayList<>()).add(new Target(topic, queueUrl, raw));
        }
        Map<String, List<Destination>> routes = new LinkedHashMap<>();
        for (Resource set : template.ofType(Template.CONFIGURATION_SET)) {
            routes.put(resources.ref(set.logicalId()), new ArrayList<>());
        }
        for (Resource destination : template.ofType(Template.EVENT_DESTINATION)) {
            String set = intrinsics.string(destination.properties().get("ConfigurationSetName"));
            if (!routes.containsKey(set)) {
                throw TemplateException.at(destination, "ConfigurationSetName must name a configuration set of this template");
            }
            Map<String, Object> spec = destination.map("EventDestination");
            if (Boolean.FALSE.equals(spec.get("Enabled"))) {
                continue;
            }
            boolean otherKind = spec.keySet().stream().anyMatch(k -> k.endsWith("Destination") && !k.equals("SnsDestination"));
            if (!(spec.get("SnsDestination") instanceof Map<?, ?> sns) || otherKind) {
                throw TemplateException.at(destination, "only an SnsDestination is published locally");
            }
            String topic = intrinsics.string(sns.get("TopicARN"));
            Set<String> types = ((List<?>) spec.get("MatchingEventTypes")).stream()
                    .map(t -> eventType(destination, String.valueOf(t))).collect(Collectors.toUnmodifiableSet());
            routes.get(set).add(new Destination(types, List.copyOf(byTopic.getOrDefault(topic, List.of()))));
        }
        return new SesEventRoutes(routes);
    }

    public boolean knows(String configurationSet) {
        return byConfigurationSet.containsKey(configurationSet);
    }

    /** The queues an event of this type, sent with this configuration set, reaches. */
    public List<Target> targets(String configurationSet, String eventType) {
        return byConfigurationSet.getOrDefault(configurationSet, List.of()).stream()
                .filter(d -> d.eventTypes().contains(eventType)).flatMap(d -> d.targets().stream()).toList();
    }

    /**
     * {@code deliveryDelay} (CloudFormation's spelling) or {@code DELIVERY_DELAY} (the SES v2 API's) →
     * {@code DeliveryDelay}, as SES writes the type in an event.
     */
    private static String eventType(Resource destination, String matching) {
        return switch (matching.replace("_", "").toUpperCase(Locale.ROOT)) {
            case "SEND" -> "Send";
            case "REJECT" -> "Reject";
            case "BOUNCE" -> "Bounce";
            case "COMPLAINT" -> "Complaint";
            case "DELIVERY" -> "Delivery";
            case "OPEN" -> "Open";
            case "CLICK" -> "Click";
            case "RENDERINGFAILURE" -> "Rendering Failure";
            case "DELIVERYDELAY" -> "DeliveryDelay";
            case "SUBSCRIPTION" -> "Subscription";
            default -> throw TemplateException.at(destination, "unknown MatchingEventTypes value " + matching);
        };
    }
}
