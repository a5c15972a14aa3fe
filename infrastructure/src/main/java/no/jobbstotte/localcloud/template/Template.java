package no.jobbstotte.localcloud.template;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An AWS SAM template as the local cloud runs it: the single truth for queues, tables, buckets,
 * functions and their event sources. Reading it checks every resource type and every reference,
 * so a template the local cloud cannot run fails before anything starts.
 */
public final class Template {

    public static final String FUNCTION = "AWS::Serverless::Function";
    public static final String QUEUE = "AWS::SQS::Queue";
    public static final String TABLE = "AWS::DynamoDB::Table";
    public static final String BUCKET = "AWS::S3::Bucket";
    public static final String HTTP_API = "AWS::Serverless::HttpApi";
    public static final String SECRET = "AWS::SecretsManager::Secret";
    public static final String CONFIGURATION_SET = "AWS::SES::ConfigurationSet";
    public static final String EVENT_DESTINATION = "AWS::SES::ConfigurationSetEventDestination";
    public static final String TOPIC = "AWS::SNS::Topic";
    public static final String SUBSCRIPTION = "AWS::SNS::Subscription";

    /** Types that exist only on AWS (monitoring, permissions, logs); locally they have no effect. */
    static final Set<String> AWS_ONLY_TYPES = Set.of(
            "AWS::Logs::LogGroup",
            "AWS::CloudWatch::Alarm",
            "AWS::SQS::QueuePolicy",
            "AWS::S3::BucketPolicy",
            "AWS::IAM::Role",
            "AWS::SSM::Parameter",
            "AWS::Scheduler::ScheduleGroup");

    /** SES configuration sets, their event destinations and SNS topics run as SES event publishing (localcloud.ses). */
    static final Set<String> RUNNABLE_TYPES = Set.of(FUNCTION, QUEUE, TABLE, BUCKET, HTTP_API, SECRET, CONFIGURATION_SET,
            EVENT_DESTINATION, TOPIC, SUBSCRIPTION);

    private final Path path;
    private final Map<String, Object> root;
    private final Map<String, Resource> resources;

    private Template(Path path, Map<String, Object> root, Map<String, Resource> resources) {
        this.path = path;
        this.root = root;
        this.resources = resources;
    }

    public static Template read(Path path) {
        try {
            return parse(path, Files.readString(path));
        } catch (IOException e) {
            throw new TemplateException("cannot read " + path + ": " + e.getMessage());
        }
    }

    public static Template parse(Path path, String text) {
        YamlReader.Document document;
        try {
            document = YamlReader.read(text);
        } catch (TemplateException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new TemplateException("template.yaml is not valid YAML: " + e.getMessage());
        }
        Map<String, Object> root = document.root();
        Object rawResources = root.get("Resources");
        if (!(rawResources instanceof Map<?, ?> resourceMap) || resourceMap.isEmpty()) {
            throw new TemplateException("template.yaml has no Resources");
        }
        Map<String, Resource> resources = new LinkedHashMap<>();
        resourceMap.forEach((id, body) -> {
            int line = document.resourceLines().getOrDefault(id.toString(), 0);
            resources.put(id.toString(), resource(id.toString(), body, line));
        });
        Template template = new Template(path, root, resources);
        template.checkTypesAndReferences();
        return template;
    }

    @SuppressWarnings("unchecked")
    private static Resource resource(String id, Object body, int line) {
        if (!(body instanceof Map<?, ?> map) || !(map.get("Type") instanceof String type)) {
            throw new TemplateException("template.yaml line " + line + ", resource " + id + ": missing Type");
        }
        Object properties = map.get("Properties");
        return new Resource(id, type, properties == null ? Map.of() : (Map<String, Object>) properties, line);
    }

    private void checkTypesAndReferences() {
        for (Resource resource : resources.values()) {
            if (!RUNNABLE_TYPES.contains(resource.type()) && !AWS_ONLY_TYPES.contains(resource.type())) {
                throw TemplateException.at(resource, "unknown resource type; the local cloud runs "
                        + RUNNABLE_TYPES + " and ignores " + AWS_ONLY_TYPES);
            }
            References.check(this, resource, resource.properties());
        }
    }

    public Path path() {
        return path;
    }

    public Map<String, Object> root() {
        return root;
    }

    public Map<String, Resource> resources() {
        return resources;
    }

    public Optional<Resource> resource(String logicalId) {
        return Optional.ofNullable(resources.get(logicalId));
    }

    public List<Resource> ofType(String type) {
        return resources.values().stream().filter(r -> r.type().equals(type)).toList();
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> parameters() {
        Object value = root.get("Parameters");
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    /** {@code Globals.Function}, merged under each function's own properties. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> functionGlobals() {
        Object globals = root.get("Globals");
        if (globals instanceof Map<?, ?> map && map.get("Function") instanceof Map<?, ?> function) {
            return (Map<String, Object>) function;
        }
        return Map.of();
    }
}
