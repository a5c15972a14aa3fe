package no.jobbstotte.localcloud;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import no.jobbstotte.localcloud.backend.CloudBackend;
import no.jobbstotte.localcloud.emulator.EmulatorEndpoints;
import no.jobbstotte.localcloud.events.LocalClock;
import no.jobbstotte.localcloud.runtime.HandlerLoader;

/** How to start a {@link LocalCloud}; defaults fit the demo. */
public final class LocalCloudBuilder {

    final Path templatePath;
    final Supplier<CloudBackend> backend;
    HandlerLoader handlerLoader = HandlerLoader.classpath();
    LocalClock clock = LocalClock.system();
    int httpPort;
    Duration retryVisibility;
    String stackName = "jobbstotte-local";
    int maxConcurrency = 4;
    boolean iamEnforced = true;
    UnaryOperator<EmulatorEndpoints> functionEndpoints = UnaryOperator.identity();
    final Map<String, Path> staticSites = new LinkedHashMap<>();

    LocalCloudBuilder(Path templatePath, Supplier<CloudBackend> backend) {
        this.templatePath = templatePath;
        this.backend = backend;
    }

    public LocalCloudBuilder handlerLoader(HandlerLoader value) {
        this.handlerLoader = value;
        return this;
    }

    public LocalCloudBuilder clock(LocalClock value) {
        this.clock = value;
        return this;
    }

    public LocalCloudBuilder httpPort(int value) {
        this.httpPort = value;
        return this;
    }

    /** How soon a failed SQS message is retried; by default the queue's visibility timeout. */
    public LocalCloudBuilder retryVisibility(Duration value) {
        this.retryVisibility = value;
        return this;
    }

    public LocalCloudBuilder stackName(String value) {
        this.stackName = value;
        return this;
    }

    public LocalCloudBuilder maxConcurrency(int value) {
        this.maxConcurrency = value;
        return this;
    }

    /**
     * Rewrites the endpoints the functions are given (and only theirs: the local cloud's own
     * clients, the event sources and the test's clients keep the emulators' endpoints). Tests
     * put fault proxies in between this way; by default the functions call the emulators.
     */
    public LocalCloudBuilder functionEndpoints(UnaryOperator<EmulatorEndpoints> value) {
        this.functionEndpoints = value;
        return this;
    }

    /**
     * Whether each function's AWS calls are checked against its role in the template (on unless
     * switched off: a call AWS would refuse must fail here too).
     */
    public LocalCloudBuilder iamEnforcement(boolean value) {
        this.iamEnforced = value;
        return this;
    }

    /** Serves a folder of static files at {@code prefix} on the HTTP API's port. */
    public LocalCloudBuilder staticSite(String prefix, Path folder) {
        this.staticSites.put(prefix, folder);
        return this;
    }

    public LocalCloud start() {
        return new LocalCloud(this);
    }
}
