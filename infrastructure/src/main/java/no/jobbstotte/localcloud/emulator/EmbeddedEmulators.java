package no.jobbstotte.localcloud.emulator;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import no.jobbstotte.shared.config.ClockModule;
import org.elasticmq.NodeAddress;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import org.gaul.s3proxy.CrossOriginResourceSharing;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import scala.concurrent.Await;
import scala.concurrent.duration.Duration;

/**
 * SQS (ElasticMQ), DynamoDB (dynalite), S3 (S3Proxy), SES v2 (aws-ses-v2-local) and Secrets
 * Manager ({@link SecretsManagerEmulator}), all in memory and bound to 127.0.0.1. The two node emulators run as child processes, which close() ends, or
 * {@link StopOnExit} when the JVM exits. For tests that restart DynamoDB, dynalite can keep its
 * tables in a folder instead of memory (see {@link #start(EmulatorPorts, Path, Path)} and
 * {@link #restartDynamoDb(Runnable)}).
 */
public final class EmbeddedEmulators implements AutoCloseable {

    static final String HOST = "127.0.0.1";
    /** Where the node emulators' output goes, under the repository root. */
    public static final Path LOG_FOLDER = Path.of("infrastructure", "target", "emulators");

    private final EmulatorEndpoints endpoints;
    /** Stopped in reverse order of starting. */
    private final Deque<AutoCloseable> running = new ConcurrentLinkedDeque<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    /** Where dynalite keeps its tables; null: in memory. */
    private final Path dynamoDbData;
    private final int dynamoDbPort;
    private final Path nodeModules;
    private final Path logDir;
    private volatile ChildProcess dynalite;

    private EmbeddedEmulators(EmulatorPorts ports, Path dynamoDbData, Path nodeModules, Path logDir) {
        this.endpoints = new EmulatorEndpoints(
                uri(ports.sqs()), uri(ports.dynamoDb()), uri(ports.s3()), uri(ports.ses()), uri(ports.secretsManager()));
        this.dynamoDbData = dynamoDbData;
        this.dynamoDbPort = ports.dynamoDb();
        this.nodeModules = nodeModules;
        this.logDir = logDir;
    }

    public static EmbeddedEmulators start(EmulatorPorts ports, Path repoRoot) {
        return start(ports, repoRoot, null);
    }

    /** As {@link #start(EmulatorPorts, Path)}, dynalite keeping its tables in {@code dynamoDbData} (leveldb). */
    public static EmbeddedEmulators start(EmulatorPorts ports, Path repoRoot, Path dynamoDbData) {
        Path emulatorsDir = repoRoot.resolve("infrastructure/emulators");
        NodePackages.ensureInstalled(emulatorsDir);
        EmulatorPorts resolved = ports.resolved();
        EmbeddedEmulators emulators = new EmbeddedEmulators(resolved, dynamoDbData, emulatorsDir.resolve("node_modules"),
                repoRoot.resolve(LOG_FOLDER));
        StopOnExit.register(emulators);
        try {
            emulators.startAll(resolved);
            return emulators;
        } catch (RuntimeException e) {
            emulators.close();
            throw e;
        }
    }

    public EmulatorEndpoints endpoints() {
        return endpoints;
    }

    /**
     * Kills dynalite (SIGKILL, as a crash), runs {@code whileDown}, and starts dynalite again on the
     * same port with the same folder: what a DynamoDB restart looks like to the functions, every
     * table and item kept.
     */
    public void restartDynamoDb(Runnable whileDown) {
        if (dynamoDbData == null) {
            throw new IllegalStateException("dynalite runs in memory here: a restart would lose every table; "
                    + "start the emulators with a DynamoDB data folder");
        }
        ChildProcess old = dynalite;
        old.kill();
        running.remove(old);
        try {
            whileDown.run();
        } finally {
            startDynalite();
        }
    }

    private void startDynalite() {
        List<String> script = new ArrayList<>(List.of(nodeModules.resolve("dynalite/cli.js").toString(),
                "--host", HOST, "--port", Integer.toString(dynamoDbPort),
                "--createTableMs", "0", "--deleteTableMs", "0", "--updateTableMs", "0"));
        if (dynamoDbData != null) {
            script.addAll(List.of("--path", dynamoDbData.toString()));
        }
        dynalite = startNode("dynalite", dynamoDbPort, script);
    }

    private void startAll(EmulatorPorts ports) {
        List<Future<?>> started = new ArrayList<>();
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            started.add(executor.submit(this::startDynalite));
            started.add(executor.submit(() -> startNode("aws-ses-v2-local", ports.ses(), List.of(
                    nodeModules.resolve("aws-ses-v2-local/dist/cli.js").toString(),
                    "--host", HOST, "--port", Integer.toString(ports.ses())))));
            started.add(executor.submit(() -> startSqs(ports.sqs())));
            started.add(executor.submit(() -> startS3(ports.s3())));
            started.add(executor.submit(() -> running.push(SecretsManagerEmulator.start(ports.secretsManager(),
                    ClockModule.clock()))));
        }
        for (Future<?> future : started) {
            try {
                future.get();
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException cause
                        ? cause
                        : new IllegalStateException("Emulator start-up failed", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while starting the emulators", e);
            }
        }
    }

    private ChildProcess startNode(String name, int port, List<String> script) {
        List<String> command = new ArrayList<>();
        command.add("node");
        command.addAll(script);
        ChildProcess child = ChildProcess.start(name, command, logDir);
        running.push(child);
        child.awaitListening(name, port);
        return child;
    }

    private void startSqs(int port) {
        SQSRestServer server = SQSRestServerBuilder.withInterface(HOST)
                .withPort(port)
                // Queue URLs carry this address, so SDK clients can call them as they are.
                .withServerAddress(new NodeAddress("http", HOST, port, ""))
                .start();
        running.push(server::stopAndWait);
        try {
            Await.result(server.startFuture(), Duration.create(Readiness.TIMEOUT.toMillis(), TimeUnit.MILLISECONDS));
        } catch (Exception e) {
            throw new IllegalStateException("ElasticMQ (SQS) could not listen on " + HOST + ":" + port
                    + " (waited at most " + Readiness.TIMEOUT.toSeconds() + " s)", e);
        }
    }

    private void startS3(int port) {
        S3Proxy proxy = S3Proxy.builder()
                .blobStore(new TransientNio2BlobStore())
                .endpoint(uri(port))
                .awsAuthentication(AuthenticationType.NONE, null, null)
                // Allow-all CORS, so a dashboard in the browser can read the buckets.
                .corsRules(new CrossOriginResourceSharing())
                .build();
        running.push(proxy::stop);
        try {
            // Returns once Jetty has bound the port.
            proxy.start();
        } catch (Exception e) {
            throw new IllegalStateException("S3Proxy (S3) could not listen on " + HOST + ":" + port, e);
        }
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        RuntimeException failure = null;
        for (AutoCloseable emulator : running) {
            try {
                emulator.close();
            } catch (Exception e) {
                if (failure == null) {
                    failure = new IllegalStateException("Could not stop every emulator", e);
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        StopOnExit.forget(this);
        if (failure != null) {
            throw failure;
        }
    }

    private static URI uri(int port) {
        return URI.create("http://" + HOST + ":" + port);
    }
}
