package no.jobbstotte.localcloud.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;
import no.jobbstotte.localcloud.DashboardSite;
import no.jobbstotte.localcloud.LocalCloud;
import no.jobbstotte.localcloud.LocalCloudBuilder;
import no.jobbstotte.localcloud.RepoRoot;
import no.jobbstotte.localcloud.VolunteerSite;
import no.jobbstotte.localcloud.backend.EmbeddedBackend;
import no.jobbstotte.localcloud.emulator.EmulatorPorts;
import no.jobbstotte.localcloud.events.LocalClock;
import no.jobbstotte.localcloud.runtime.HandlerLoader;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives integration tests the running local cloud: one per test run and template (started on
 * first use, closed when the run ends), emptied before each test. The backend is chosen with
 * {@code -Dlocalcloud.backend=embedded|localstack}; without Docker, LocalStack runs are skipped,
 * not failed. Schedules run on a manual clock that each test sets; failed SQS messages are
 * retried at once instead of after the queue's visibility timeout. The volunteer pages
 * ({@code web/frivillig/}) are served on the HTTP API's origin, as {@code bin/local-cloud} does.
 *
 * <p>Each function's AWS calls are checked against its role in the template, as on AWS; a test in
 * which any call was refused fails, even if the code swallowed the AccessDenied (a test that
 * provokes one on purpose asserts it and then clears the gateway's record). {@code
 * -Dlocalcloud.iam=off} switches the check off for a whole run.
 */
public final class LocalCloudExtension implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback {

    /** Where schedules' clock starts; tests move it themselves. */
    public static final Instant CLOCK_START = Instant.parse("2026-01-05T05:00:00Z");

    private final Path template;
    private final String backend;
    private final boolean withFaults;
    private LocalCloud cloud;
    private FaultProxies faults;
    private EmbeddedBackend restartable;

    private LocalCloudExtension(Path template, String backend) {
        this(template, backend, false);
    }

    private LocalCloudExtension(Path template, String backend, boolean withFaults) {
        this.template = template;
        this.backend = backend;
        this.withFaults = withFaults;
    }

    /**
     * The project's template.yaml on the embedded backend, with a {@link FaultProxy} between the
     * functions and DynamoDB, SQS, S3 and SES (see {@link FaultProxies}). A cloud of its own, shared by
     * every test class that asks for fault proxies; faults are disarmed before each test. Failed
     * SQS messages come back after one second rather than at once. DynamoDB keeps its tables in a
     * temporary folder rather than memory, so {@link #restartDynamoDb(Runnable)} keeps them too.
     */
    public static LocalCloudExtension withFaultProxies() {
        return new LocalCloudExtension(RepoRoot.find().resolve("template.yaml"), "embedded", true);
    }

    /** The project's own template.yaml, with the backend chosen by system property. */
    public static LocalCloudExtension fromTemplate() {
        return new LocalCloudExtension(RepoRoot.find().resolve("template.yaml"), selectedBackend());
    }

    public static LocalCloudExtension fromTemplate(Path template) {
        return new LocalCloudExtension(template, selectedBackend());
    }

    public static LocalCloudExtension fromTemplate(Path template, String backend) {
        return new LocalCloudExtension(template, backend);
    }

    /** The backend {@code -Dlocalcloud.backend=embedded|localstack} asks for (default embedded). */
    private static String selectedBackend() {
        return System.getProperty("localcloud.backend", "embedded");
    }

    public LocalCloud cloud() {
        if (cloud == null) {
            throw new IllegalStateException("the local cloud starts before the first test; use it from a test method");
        }
        return cloud;
    }

    /** The fault proxies in front of the functions' services; only with {@link #withFaultProxies()}. */
    public FaultProxies faults() {
        if (faults == null) {
            throw new IllegalStateException("no fault proxies: register the extension with LocalCloudExtension.withFaultProxies()");
        }
        return faults;
    }

    /**
     * Kills the DynamoDB emulator (SIGKILL), runs {@code whileDown} (say, awaiting a failed call),
     * and starts it again with the same tables; only with {@link #withFaultProxies()}.
     */
    public void restartDynamoDb(Runnable whileDown) {
        if (restartable == null) {
            throw new IllegalStateException("DynamoDB restarts need LocalCloudExtension.withFaultProxies()");
        }
        restartable.restartDynamoDb(whileDown);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (backend.equals("localstack")) {
            Assumptions.assumeTrue(LocalStackBackend.dockerAvailable(),
                    "LocalStack backend needs Docker, which this machine does not have; skipped");
        }
        String key = backend + ":" + template.toAbsolutePath().normalize() + (withFaults ? ":fault-proxies" : "");
        ExtensionContext.Store store = context.getRoot().getStore(ExtensionContext.Namespace.create(LocalCloudExtension.class));
        RunningCloud running = store.getOrComputeIfAbsent(key, k -> start(), RunningCloud.class);
        cloud = running.cloud();
        faults = running.faults();
        restartable = running.restartable();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (faults != null) {
            faults.reset();
        }
        cloud().reset();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (cloud == null || cloud.iam().isEmpty()) {
            return;
        }
        var denials = cloud.iam().get().denials();
        if (!denials.isEmpty()) {
            throw new AssertionError("AWS would refuse these calls, which the functions' roles in template.yaml do not"
                    + " allow: " + denials + " (a test that provokes one on purpose asserts it, then calls"
                    + " cloud.iam().get().clear())");
        }
    }

    private RunningCloud start() {
        Path repoRoot = RepoRoot.find();
        FaultProxies[] proxies = new FaultProxies[1];
        EmbeddedBackend[] restartable = new EmbeddedBackend[1];
        Path dynamoDbData = withFaults ? temporaryFolder() : null;
        LocalCloudBuilder builder = LocalCloud.builder(template, () -> {
                    if (backend.equals("localstack")) {
                        return LocalStackBackend.start();
                    }
                    if (dynamoDbData == null) {
                        return EmbeddedBackend.start(EmulatorPorts.free(), repoRoot);
                    }
                    restartable[0] = EmbeddedBackend.start(EmulatorPorts.free(), repoRoot, dynamoDbData);
                    return restartable[0];
                })
                .handlerLoader(HandlerLoader.classpath())
                .staticSite(VolunteerSite.PATH, repoRoot.resolve(VolunteerSite.FOLDER))
                .staticSite(DashboardSite.PATH, repoRoot.resolve(DashboardSite.FOLDER))
                .clock(LocalClock.manual(CLOCK_START))
                .iamEnforcement(!"off".equals(System.getProperty("localcloud.iam")))
                // With faults, a failed message waits a second, not zero: a redelivered duplicate that
                // finds the original still in flight (a reminder's lease) must not burn all its
                // receives in milliseconds, when on AWS they are 180 s apart.
                .retryVisibility(withFaults ? Duration.ofSeconds(1) : Duration.ZERO);
        if (withFaults) {
            builder.functionEndpoints(direct -> {
                proxies[0] = FaultProxies.start(direct);
                return proxies[0].endpoints();
            });
        }
        try {
            return new RunningCloud(builder.start(), proxies[0], restartable[0], dynamoDbData);
        } catch (RuntimeException e) {
            if (proxies[0] != null) {
                proxies[0].close();
            }
            deleteQuietly(dynamoDbData);
            throw e;
        }
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("localcloud-dynamodb-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A temporary folder left behind is harmless.
        }
    }

    private record RunningCloud(LocalCloud cloud, FaultProxies faults, EmbeddedBackend restartable, Path dynamoDbData)
            implements AutoCloseable {
        @Override
        public void close() {
            cloud.close();
            if (faults != null) {
                faults.close();
            }
            deleteQuietly(dynamoDbData);
        }
    }
}
