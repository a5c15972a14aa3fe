package no.jobbstotte.localcloud;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import no.jobbstotte.localcloud.alarms.AlarmDefinition;
import no.jobbstotte.localcloud.alarms.AlarmStatus;
import no.jobbstotte.localcloud.alarms.LocalMetrics;
import no.jobbstotte.localcloud.alarms.MetricSource;
import no.jobbstotte.localcloud.alarms.TemplateAlarms;
import no.jobbstotte.localcloud.backend.CloudBackend;
import no.jobbstotte.localcloud.backend.Mailbox;
import no.jobbstotte.localcloud.emulator.EmulatorEndpoints;
import no.jobbstotte.localcloud.events.CorsPolicy;
import no.jobbstotte.localcloud.events.CronSchedule;
import no.jobbstotte.localcloud.events.HttpApiServer;
import no.jobbstotte.localcloud.events.HttpRoute;
import no.jobbstotte.localcloud.events.LocalClock;
import no.jobbstotte.localcloud.events.Schedules;
import no.jobbstotte.localcloud.events.SqsEventSource;
import no.jobbstotte.localcloud.provision.ProvisionedResources;
import no.jobbstotte.localcloud.provision.Provisioner;
import no.jobbstotte.localcloud.provision.ResourceReset;
import no.jobbstotte.localcloud.runtime.FunctionDefinition;
import no.jobbstotte.localcloud.runtime.FunctionDefinition.EventSourceDefinition;
import no.jobbstotte.localcloud.runtime.FunctionRuntime;
import no.jobbstotte.localcloud.runtime.HandlerLoader;
import no.jobbstotte.localcloud.template.Intrinsics;
import no.jobbstotte.localcloud.template.Resource;
import no.jobbstotte.localcloud.template.Template;
import no.jobbstotte.localcloud.template.TemplateException;
import no.jobbstotte.shared.aws.ClientSupport;
import no.jobbstotte.shared.config.RuntimeConfig;
import no.jobbstotte.shared.log.Log;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * template.yaml, running on this machine: the backend's services, the resources the template
 * declares, and the functions behind their event sources (SQS pollers, schedules, an HTTP API).
 * Functions see the same environment variables as on AWS, plus endpoint overrides.
 */
public final class LocalCloud implements AutoCloseable {

    private static final Log LOG = Log.get(LocalCloud.class);

    public static final String REGION = "eu-north-1";
    public static final String ACCOUNT_ID = "000000000000";

    private final Template template;
    private final CloudBackend backend;
    private final RuntimeConfig clientConfig;
    private final EmulatorEndpoints functionEndpoints;
    private final SqsClient sqs;
    private final DynamoDbClient dynamoDb;
    private final S3Client s3;
    private final ProvisionedResources resources;
    private final Map<String, FunctionRuntime> functions = new LinkedHashMap<>();
    private final List<SqsEventSource> sqsSources = new ArrayList<>();
    private final Schedules schedules;
    private final HttpApiServer httpApi;
    private final List<AlarmDefinition> alarms;
    private final Duration startup;

    private LocalCloud(Builder builder) {
        long started = System.nanoTime();
        this.template = Template.read(builder.templatePath);
        this.alarms = TemplateAlarms.read(template);
        this.backend = builder.backend.get();
        try {
            EmulatorEndpoints endpoints = backend.endpoints();
            this.clientConfig = RuntimeConfig.of(clientEnvironment(endpoints));
            this.functionEndpoints = builder.functionEndpoints.apply(endpoints);
            this.sqs = ClientSupport.build(SqsClient.builder(), clientConfig, "SQS");
            this.dynamoDb = ClientSupport.build(DynamoDbClient.builder(), clientConfig, "DYNAMODB");
            this.s3 = ClientSupport.build(S3Client.builder().forcePathStyle(true), clientConfig, "S3");
            Map<String, String> pseudo = Map.of("AWS::Region", REGION, "AWS::AccountId", ACCOUNT_ID,
                    "AWS::StackName", builder.stackName, "AWS::Partition", "aws", "AWS::URLSuffix", "amazonaws.com");
            this.resources = new Provisioner(sqs, dynamoDb, s3, REGION, ACCOUNT_ID).provision(template, pseudo);
            Intrinsics intrinsics = new Intrinsics(template, resources, pseudo);
            List<Schedules.Schedule> scheduleList = new ArrayList<>();
            List<HttpRoute> routes = new ArrayList<>();
            for (Resource resource : template.ofType(Template.FUNCTION)) {
                FunctionDefinition function = FunctionDefinition.of(template, resource);
                if (!builder.handlerLoader.isAvailable(function)) {
                    LOG.info("function not on the classpath; left out with its event sources", "function", function.logicalId());
                    continue;
                }
                FunctionRuntime runtime = new FunctionRuntime(function, functionEnvironment(function, intrinsics),
                        builder.handlerLoader.classLoaderFor(function), resources.attribute(function.logicalId(), "Arn"),
                        builder.maxConcurrency);
                functions.put(function.logicalId(), runtime);
                for (EventSourceDefinition event : function.events().values()) {
                    switch (event.type()) {
                        case "SQS" -> sqsSources.add(new SqsEventSource(sqsMapping(function, event, intrinsics), sqs,
                                runtime, REGION, builder.retryVisibility, builder.maxConcurrency));
                        case "ScheduleV2", "Schedule" -> scheduleList.add(schedule(function, event, intrinsics));
                        case "HttpApi" -> routes.add(route(function, event));
                        default -> throw new TemplateException("template.yaml line " + function.line() + ", function "
                                + function.logicalId() + ", event " + event.name() + ": event type " + event.type()
                                + " is not supported locally (SQS, ScheduleV2, Schedule, HttpApi are)");
                    }
                }
            }
            this.schedules = new Schedules(scheduleList, functions, builder.clock, REGION, ACCOUNT_ID);
            this.httpApi = new HttpApiServer(routes, functions, builder.httpPort);
            builder.staticSites.forEach(httpApi::serveStatic);
            sqsSources.forEach(SqsEventSource::start);
            schedules.start();
            httpApi.start();
        } catch (RuntimeException | IOException e) {
            closeQuietly();
            if (e instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw (RuntimeException) e;
        }
        this.startup = Duration.ofNanos(System.nanoTime() - started);
    }

    public static Builder builder(Path templatePath, Supplier<CloudBackend> backend) {
        return new Builder(templatePath, backend);
    }

    private static Map<String, String> clientEnvironment(EmulatorEndpoints endpoints) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("AWS_REGION", REGION);
        env.put("AWS_DEFAULT_REGION", REGION);
        env.put("AWS_ACCESS_KEY_ID", "test");
        env.put("AWS_SECRET_ACCESS_KEY", "test");
        env.put("AWS_ENDPOINT_URL_SQS", endpoints.sqs().toString());
        env.put("AWS_ENDPOINT_URL_DYNAMODB", endpoints.dynamoDb().toString());
        env.put("AWS_ENDPOINT_URL_S3", endpoints.s3().toString());
        env.put("AWS_ENDPOINT_URL_SESV2", endpoints.ses().toString());
        return env;
    }

    private Map<String, String> functionEnvironment(FunctionDefinition function, Intrinsics intrinsics) {
        Map<String, String> env = new LinkedHashMap<>(clientConfig.environment());
        env.putAll(clientEnvironment(functionEndpoints));
        env.put("AWS_LAMBDA_FUNCTION_NAME", function.logicalId());
        env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", String.valueOf(function.memoryMb()));
        env.put("AWS_EXECUTION_ENV", "AWS_Lambda_java25");
        function.environment().forEach((name, value) -> env.put(name, intrinsics.string(value)));
        return env;
    }

    private SqsEventSource.Mapping sqsMapping(FunctionDefinition function, EventSourceDefinition event,
            Intrinsics intrinsics) {
        String arn = intrinsics.string(event.properties().get("Queue"));
        Resource queue = template.ofType(Template.QUEUE).stream()
                .filter(q -> resources.attribute(q.logicalId(), "Arn").equals(arn))
                .findFirst()
                .orElseThrow(() -> new TemplateException("template.yaml line " + function.line() + ", function "
                        + function.logicalId() + ", event " + event.name() + ": Queue must be the Arn of a queue in this template"));
        int batchSize = event.properties().get("BatchSize") instanceof Number n ? n.intValue() : 10;
        boolean reportFailures = event.properties().get("FunctionResponseTypes") instanceof List<?> types
                && types.contains("ReportBatchItemFailures");
        int maxReceiveCount = queue.map("RedrivePolicy").get("maxReceiveCount") instanceof Number n ? n.intValue() : 0;
        return new SqsEventSource.Mapping(function.logicalId(), event.name(), resources.ref(queue.logicalId()), arn,
                batchSize, reportFailures, maxReceiveCount);
    }

    private Schedules.Schedule schedule(FunctionDefinition function, EventSourceDefinition event, Intrinsics intrinsics) {
        Map<String, Object> properties = event.properties();
        try {
            CronSchedule expression = CronSchedule.parse(intrinsics.string(properties.get("ScheduleExpression")));
            Object zone = properties.get("ScheduleExpressionTimezone");
            boolean enabled = !"DISABLED".equals(properties.get("State")) && !Boolean.FALSE.equals(properties.get("Enabled"));
            return new Schedules.Schedule(function.logicalId(), event.name(), expression,
                    ZoneId.of(zone == null ? "UTC" : intrinsics.string(zone)), enabled);
        } catch (RuntimeException e) {
            throw new TemplateException("template.yaml line " + function.line() + ", function " + function.logicalId()
                    + ", event " + event.name() + ": " + e.getMessage());
        }
    }

    private HttpRoute route(FunctionDefinition function, EventSourceDefinition event) {
        Object path = event.properties().get("Path");
        if (!(path instanceof String p) || !p.startsWith("/")) {
            throw new TemplateException("template.yaml line " + function.line() + ", function " + function.logicalId()
                    + ", event " + event.name() + ": HttpApi needs a Path starting with /");
        }
        Object method = event.properties().get("Method");
        Optional<CorsPolicy> cors = Optional.empty();
        String api = HttpRoute.IMPLICIT_API;
        if (event.properties().get("ApiId") instanceof Map<?, ?> apiRef && apiRef.get("Ref") instanceof String apiId) {
            Resource apiResource = template.resource(apiId).filter(r -> r.type().equals(Template.HTTP_API))
                    .orElseThrow(() -> new TemplateException("template.yaml line " + function.line() + ", function "
                            + function.logicalId() + ", event " + event.name() + ": ApiId must Ref an AWS::Serverless::HttpApi"));
            cors = CorsPolicy.from(apiResource.properties().get("CorsConfiguration"));
            api = apiId;
        }
        return new HttpRoute(function.logicalId(), method == null ? "ANY" : method.toString().toUpperCase(Locale.ROOT), p,
                cors, api);
    }

    public Template template() {
        return template;
    }

    public String backendName() {
        return backend.name();
    }

    public EmulatorEndpoints endpoints() {
        return backend.endpoints();
    }

    public Duration startupTime() {
        return startup;
    }

    /** Region, credentials and endpoint overrides: what a client of the local cloud needs. */
    public RuntimeConfig clientConfig() {
        return clientConfig;
    }

    public SqsClient sqs() {
        return sqs;
    }

    public DynamoDbClient dynamoDb() {
        return dynamoDb;
    }

    public S3Client s3() {
        return s3;
    }

    public Mailbox mailbox() {
        return backend.mailbox();
    }

    public String queueUrl(String logicalId) {
        return resources.ref(requireType(logicalId, Template.QUEUE));
    }

    public String queueArn(String logicalId) {
        return resources.attribute(requireType(logicalId, Template.QUEUE), "Arn");
    }

    public String tableName(String logicalId) {
        return resources.ref(requireType(logicalId, Template.TABLE));
    }

    public String bucketName(String logicalId) {
        return resources.ref(requireType(logicalId, Template.BUCKET));
    }

    public FunctionRuntime function(String logicalId) {
        FunctionRuntime function = functions.get(logicalId);
        if (function == null) {
            throw new IllegalArgumentException("no function " + logicalId + " running from " + template.path()
                    + " (not in the template, or its handler is not on this classpath)");
        }
        return function;
    }

    public Map<String, FunctionRuntime> functions() {
        return functions;
    }

    /** A function's environment as Lambda would set it: for tests that build a handler themselves. */
    public Map<String, String> functionEnvironment(String logicalId) {
        return function(logicalId).environment();
    }

    public List<SqsEventSource> sqsEventSources() {
        return sqsSources;
    }

    public Schedules schedules() {
        return schedules;
    }

    public URI httpApiUrl() {
        return httpApi.baseUrl();
    }

    public List<HttpRoute> httpRoutes() {
        return httpApi.routes();
    }

    /**
     * Every alarm of the template, evaluated against the local cloud as it is now: the demo prints
     * these at its end, and an operator or a test can ask at any time.
     */
    public List<AlarmStatus> alarms() {
        MetricSource metrics = new LocalMetrics(sqs, this::queueUrl, functions, sqsSources, httpApi);
        return alarms.stream().map(alarm -> alarm.evaluate(metrics)).toList();
    }

    private String requireType(String logicalId, String type) {
        Resource resource = template.resource(logicalId)
                .orElseThrow(() -> new IllegalArgumentException("no resource " + logicalId + " in " + template.path()));
        if (!resource.type().equals(type)) {
            throw new IllegalArgumentException(logicalId + " is a " + resource.type() + ", not a " + type);
        }
        return logicalId;
    }

    /** Empties every queue, table and bucket and the mailbox and zeroes the alarms' counts, so each test starts clean. */
    public void reset() {
        new ResourceReset(sqs, dynamoDb, s3).reset(
                template.ofType(Template.QUEUE).stream().map(q -> queueUrl(q.logicalId())).toList(),
                template.ofType(Template.TABLE).stream().map(t -> tableName(t.logicalId())).toList(),
                template.ofType(Template.BUCKET).stream().map(b -> bucketName(b.logicalId())).toList());
        backend.mailbox().clear();
        functions.values().forEach(FunctionRuntime::resetCounts);
        sqsSources.forEach(SqsEventSource::resetCounts);
        httpApi.resetCounts();
    }

    @Override
    public void close() {
        closeQuietly();
    }

    private void closeQuietly() {
        if (httpApi != null) {
            httpApi.close();
        }
        if (schedules != null) {
            schedules.close();
        }
        sqsSources.forEach(SqsEventSource::close);
        if (backend != null) {
            backend.close();
        }
    }

    /** How to start a local cloud; defaults fit the demo. */
    public static final class Builder {
        private final Path templatePath;
        private final Supplier<CloudBackend> backend;
        private HandlerLoader handlerLoader = HandlerLoader.classpath();
        private LocalClock clock = LocalClock.system();
        private int httpPort;
        private Duration retryVisibility;
        private String stackName = "jobbstotte-local";
        private int maxConcurrency = 4;
        private UnaryOperator<EmulatorEndpoints> functionEndpoints = UnaryOperator.identity();
        private final Map<String, Path> staticSites = new LinkedHashMap<>();

        private Builder(Path templatePath, Supplier<CloudBackend> backend) {
            this.templatePath = templatePath;
            this.backend = backend;
        }

        public Builder handlerLoader(HandlerLoader value) {
            this.handlerLoader = value;
            return this;
        }

        public Builder clock(LocalClock value) {
            this.clock = value;
            return this;
        }

        public Builder httpPort(int value) {
            this.httpPort = value;
            return this;
        }

        /** How soon a failed SQS message is retried; by default the queue's visibility timeout. */
        public Builder retryVisibility(Duration value) {
            this.retryVisibility = value;
            return this;
        }

        public Builder stackName(String value) {
            this.stackName = value;
            return this;
        }

        public Builder maxConcurrency(int value) {
            this.maxConcurrency = value;
            return this;
        }

        /**
         * Rewrites the endpoints the functions are given (and only theirs: the local cloud's own
         * clients, the event sources and the test's clients keep the emulators' endpoints). Tests
         * put fault proxies in between this way; by default the functions call the emulators.
         */
        public Builder functionEndpoints(UnaryOperator<EmulatorEndpoints> value) {
            this.functionEndpoints = value;
            return this;
        }

        /** Serves a folder of static files at {@code prefix} on the HTTP API's port. */
        public Builder staticSite(String prefix, Path folder) {
            this.staticSites.put(prefix, folder);
            return this;
        }

        public LocalCloud start() {
            return new LocalCloud(this);
        }
    }
}
