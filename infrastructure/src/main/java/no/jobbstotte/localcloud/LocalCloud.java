package no.jobbstotte.localcloud;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import no.jobbstotte.localcloud.alarms.AlarmDefinition;
import no.jobbstotte.localcloud.alarms.AlarmStatus;
import no.jobbstotte.localcloud.alarms.LocalMetrics;
import no.jobbstotte.localcloud.alarms.MetricSource;
import no.jobbstotte.localcloud.alarms.TemplateAlarms;
import no.jobbstotte.localcloud.backend.CloudBackend;
import no.jobbstotte.localcloud.backend.Mailbox;
import no.jobbstotte.localcloud.emulator.EmulatorEndpoints;
import no.jobbstotte.localcloud.emulator.StopOnExit;
import no.jobbstotte.localcloud.events.HttpApiServer;
import no.jobbstotte.localcloud.events.HttpRoute;
import no.jobbstotte.localcloud.events.Schedules;
import no.jobbstotte.localcloud.events.SqsEventSource;
import no.jobbstotte.localcloud.events.TemplateEventSources;
import no.jobbstotte.localcloud.iam.IamGateway;
import no.jobbstotte.localcloud.iam.RolePolicies;
import no.jobbstotte.localcloud.provision.ProvisionedResources;
import no.jobbstotte.localcloud.provision.Provisioner;
import no.jobbstotte.localcloud.provision.ResourceReset;
import no.jobbstotte.localcloud.runtime.FunctionDefinition;
import no.jobbstotte.localcloud.runtime.FunctionDefinition.EventSourceDefinition;
import no.jobbstotte.localcloud.runtime.FunctionRuntime;
import no.jobbstotte.localcloud.runtime.LambdaEnvironment;
import no.jobbstotte.localcloud.ses.SesEventPublisher;
import no.jobbstotte.localcloud.template.Intrinsics;
import no.jobbstotte.localcloud.template.Resource;
import no.jobbstotte.localcloud.template.Template;
import no.jobbstotte.shared.config.RuntimeConfig;
import no.jobbstotte.shared.log.Log;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
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
    private final ServiceClients clients;
    private final ProvisionedResources resources;
    private final Map<String, FunctionRuntime> functions = new LinkedHashMap<>();
    private final List<SqsEventSource> sqsSources = new ArrayList<>();
    private final Schedules schedules;
    private final HttpApiServer httpApi;
    private final IamGateway iam;
    private final SesEventPublisher sesEvents;
    private final List<AlarmDefinition> alarms;
    private final Duration startup;
    private final AtomicBoolean closed = new AtomicBoolean();

    LocalCloud(LocalCloudBuilder builder) {
        long started = System.nanoTime();
        this.template = Template.read(builder.templatePath);
        this.alarms = TemplateAlarms.read(template);
        this.backend = builder.backend.get();
        try {
            EmulatorEndpoints endpoints = backend.endpoints();
            this.clients = ServiceClients.of(RuntimeConfig.of(LambdaEnvironment.client(REGION, endpoints)));
            Map<String, String> pseudo = Map.of("AWS::Region", REGION, "AWS::AccountId", ACCOUNT_ID,
                    "AWS::StackName", builder.stackName, "AWS::Partition", "aws", "AWS::URLSuffix", "amazonaws.com");
            this.resources = new Provisioner(clients.sqs(), clients.dynamoDb(), clients.s3(), clients.secretsManager(),
                    REGION, ACCOUNT_ID).provision(template, pseudo);
            Intrinsics intrinsics = new Intrinsics(template, resources, pseudo);
            // Read even when not enforced: a policy the local cloud cannot evaluate fails the start.
            var roles = RolePolicies.read(template, intrinsics);
            // SES event publishing, in front of the SES emulator and behind the IAM gateway, for every client.
            this.sesEvents = SesEventPublisher.start(template, resources, intrinsics, endpoints.ses(), clients.sqs());
            EmulatorEndpoints upstream = endpoints.withSes(sesEvents.endpoint());
            this.clientConfig = RuntimeConfig.of(LambdaEnvironment.client(REGION, upstream));
            this.iam = builder.iamEnforced ? IamGateway.start(upstream, roles, REGION, ACCOUNT_ID) : null;
            EmulatorEndpoints functionEndpoints = builder.functionEndpoints.apply(iam == null ? upstream : iam.endpoints());
            TemplateEventSources events = new TemplateEventSources(template, resources, intrinsics);
            List<Schedules.Schedule> scheduleList = new ArrayList<>();
            List<HttpRoute> routes = new ArrayList<>();
            for (Resource resource : template.ofType(Template.FUNCTION)) {
                FunctionDefinition function = FunctionDefinition.of(template, resource);
                if (!builder.handlerLoader.isAvailable(function)) {
                    LOG.info("function not on the classpath; left out with its event sources", "function", function.logicalId());
                    continue;
                }
                FunctionRuntime runtime = new FunctionRuntime(function,
                        LambdaEnvironment.function(function, REGION, functionEndpoints, intrinsics::string),
                        builder.handlerLoader.classLoaderFor(function), resources.attribute(function.logicalId(), "Arn"),
                        builder.maxConcurrency);
                functions.put(function.logicalId(), runtime);
                for (EventSourceDefinition event : function.events().values()) {
                    switch (event.type()) {
                        case "SQS" -> sqsSources.add(new SqsEventSource(events.sqsMapping(function, event), clients.sqs(), runtime,
                                REGION, builder.retryVisibility, builder.maxConcurrency));
                        case "ScheduleV2", "Schedule" -> scheduleList.add(events.schedule(function, event));
                        case "HttpApi" -> routes.add(events.route(function, event));
                        default -> throw events.unsupported(function, event);
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
            close();
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
        this.startup = Duration.ofNanos(System.nanoTime() - started);
        StopOnExit.register(this);
    }

    public static LocalCloudBuilder builder(Path templatePath, Supplier<CloudBackend> backend) {
        return new LocalCloudBuilder(templatePath, backend);
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
        return clients.sqs();
    }

    public DynamoDbClient dynamoDb() {
        return clients.dynamoDb();
    }

    public S3Client s3() {
        return clients.s3();
    }

    public SecretsManagerClient secretsManager() {
        return clients.secretsManager();
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

    public String secretArn(String logicalId) {
        return resources.ref(requireType(logicalId, Template.SECRET));
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

    /** The IAM gateway between the functions and the services; empty only when switched off. */
    public Optional<IamGateway> iam() {
        return Optional.ofNullable(iam);
    }

    public List<HttpRoute> httpRoutes() {
        return httpApi.routes();
    }

    /**
     * Every alarm of the template, evaluated against the local cloud as it is now: the demo prints
     * these at its end, and an operator or a test can ask at any time.
     */
    public List<AlarmStatus> alarms() {
        MetricSource metrics = new LocalMetrics(clients.sqs(), this::queueUrl, functions, sqsSources, httpApi, sesEvents);
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
        new ResourceReset(clients.sqs(), clients.dynamoDb(), clients.s3()).reset(
                template.ofType(Template.QUEUE).stream().map(q -> queueUrl(q.logicalId())).toList(),
                template.ofType(Template.TABLE).stream().map(t -> tableName(t.logicalId())).toList(),
                template.ofType(Template.BUCKET).stream().map(b -> bucketName(b.logicalId())).toList());
        backend.mailbox().clear();
        functions.values().forEach(FunctionRuntime::resetCounts);
        sqsSources.forEach(SqsEventSource::resetCounts);
        httpApi.resetCounts();
        sesEvents.resetCounts();
        if (iam != null) {
            iam.clear();
        }
    }

    /**
     * Stops everything that calls the emulators (the HTTP API, the schedules, every SQS poller)
     * before the emulators themselves, so a clean stop logs no failed poll.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        StopOnExit.forget(this);
        if (httpApi != null) {
            httpApi.close();
        }
        if (schedules != null) {
            schedules.close();
        }
        // All pollers are told first, so they wind down together rather than one source after another.
        sqsSources.forEach(SqsEventSource::stopPolling);
        sqsSources.forEach(SqsEventSource::close);
        if (iam != null) {
            iam.close();
        }
        Optional.ofNullable(sesEvents).ifPresent(SesEventPublisher::close);
        if (backend != null) {
            backend.close();
        }
    }
}
