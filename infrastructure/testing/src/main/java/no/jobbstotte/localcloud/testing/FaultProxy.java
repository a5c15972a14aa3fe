package no.jobbstotte.localcloud.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import no.jobbstotte.localcloud.proxy.Forwarder;
import no.jobbstotte.localcloud.proxy.ProxiedRequest;
import no.jobbstotte.localcloud.testing.Fault.Timing;
import no.jobbstotte.shared.log.Log;

/**
 * An HTTP proxy on 127.0.0.1 in front of one emulator, for fault injection in tests. By default it
 * forwards every request unchanged; armed {@link Fault}s make matching requests fail: with an AWS
 * error (status, error code, message) or a dropped connection, either <em>before</em> the request
 * reaches the emulator (nothing happened) or <em>after</em> (the effect happened, but the caller
 * never learns it: the ambiguous failure that makes retries duplicate effects). {@link #goDown()}
 * closes the listening socket, so connections are refused, until {@link #comeBack()}.
 *
 * <p>Only the functions' endpoints point here (see {@link LocalCloudExtension#withFaultProxies()});
 * test code keeps talking to the emulators directly. Nothing of this is in a production path.
 */
public final class FaultProxy implements AutoCloseable {

    private static final Log LOG = Log.get(FaultProxy.class);

    /** What the proxy sees of a request when deciding whether a fault applies. */
    public record Request(String method, String path, String target, String body) {
        /** The {@code X-Amz-Target} operation without its prefix, or the path for REST protocols. */
        public String operation() {
            return target == null ? path : target.substring(target.indexOf('.') + 1);
        }
    }

    private final String name;
    private final ErrorFormat errorFormat;
    private final Forwarder forwarder;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final List<Fault> faults = new CopyOnWriteArrayList<>();
    private final AtomicLong forwarded = new AtomicLong();
    private final AtomicLong injected = new AtomicLong();
    private final AtomicLong upstreamFailures = new AtomicLong();
    private final int port;
    private volatile HttpServer server;

    private FaultProxy(String name, URI upstream, ErrorFormat errorFormat) {
        this.name = name;
        this.errorFormat = errorFormat;
        this.forwarder = new Forwarder(upstream, executor);
        this.server = bind(0);
        this.port = server.getAddress().getPort();
    }

    /** A proxy for {@code upstream} (an http://127.0.0.1:port emulator endpoint), listening on a free port. */
    public static FaultProxy start(String name, URI upstream) {
        return new FaultProxy(name, upstream, ErrorFormat.JSON);
    }

    /** As {@link #start(String, URI)}, for a service whose errors are {@code errorFormat}. */
    public static FaultProxy start(String name, URI upstream, ErrorFormat errorFormat) {
        return new FaultProxy(name, upstream, errorFormat);
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    public String name() {
        return name;
    }

    // ---- arming -------------------------------------------------------------------------------

    /** Requests whose {@code X-Amz-Target} ends with {@code .operation} (JSON protocols: DynamoDB, SQS). */
    public static Predicate<Request> operation(String operation) {
        return r -> r.target() != null && r.target().endsWith("." + operation);
    }

    /** Requests whose path starts with {@code prefix} (REST protocols: SES v2 {@code /v2/email/outbound-emails}). */
    public static Predicate<Request> path(String method, String prefix) {
        return r -> r.method().equalsIgnoreCase(method) && r.path().startsWith(prefix);
    }

    public static Predicate<Request> bodyContains(String text) {
        return r -> r.body().contains(text);
    }

    /** Fails the next {@code times} matching requests with an AWS error, before they reach the emulator. */
    public Fault failNext(int times, Predicate<Request> match, int status, String errorCode) {
        return arm(match, Timing.BEFORE, status, errorCode, times);
    }

    /** Lets the next {@code times} matching requests take effect, then answers them with an AWS error. */
    public Fault failNextAfterEffect(int times, Predicate<Request> match, int status, String errorCode) {
        return arm(match, Timing.AFTER, status, errorCode, times);
    }

    /** Closes the connection of the next {@code times} matching requests, before or after the effect. */
    public Fault dropNext(int times, Predicate<Request> match, Timing timing) {
        return arm(match, timing, 0, null, times);
    }

    /** Fails every matching request, before the emulator, until the returned fault is disarmed. */
    public Fault failUntilDisarmed(Predicate<Request> match, int status, String errorCode) {
        return arm(match, Timing.BEFORE, status, errorCode, -1);
    }

    public Fault arm(Predicate<Request> match, Timing timing, int status, String errorCode, int times) {
        Fault fault = new Fault(name + ":" + (status == 0 ? "drop" : status + " " + errorCode) + " " + timing
                + " x" + (times < 0 ? "∞" : times), match, timing, status, errorCode, times, null);
        faults.add(fault);
        return fault;
    }

    /**
     * Once the next matching request has taken effect, runs {@code action} before the caller hears
     * anything, then drops the connection: for killing the calling process right after a write it
     * made went through.
     */
    public Fault onEffect(Predicate<Request> match, Runnable action) {
        Fault fault = new Fault(name + ":" + "action after effect", match, Timing.AFTER, 0, null, 1, action);
        faults.add(fault);
        return fault;
    }

    /** Disarms every fault and brings the proxy back up: what each test starts from. */
    public void reset() {
        faults.forEach(Fault::disarm);
        faults.clear();
        comeBack();
    }

    public long forwarded() {
        return forwarded.get();
    }

    public long injected() {
        return injected.get();
    }

    /** Requests the emulator behind the proxy could not answer (refused, or reset mid-request). */
    public long upstreamFailures() {
        return upstreamFailures.get();
    }

    // ---- outage -------------------------------------------------------------------------------

    /** Stops listening: callers get "connection refused", as from an emulator that is down. */
    public synchronized void goDown() {
        if (server != null) {
            server.stop(0);
            server = null;
            LOG.info("fault proxy down", "proxy", name);
        }
    }

    /** Listens again on the same port. */
    public synchronized void comeBack() {
        if (server == null) {
            server = bind(port);
            LOG.info("fault proxy back", "proxy", name);
        }
    }

    public boolean isUp() {
        return server != null;
    }

    // ---- proxying -----------------------------------------------------------------------------

    private HttpServer bind(int onPort) {
        try {
            HttpServer created = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort), 64);
            created.setExecutor(executor);
            created.createContext("/", this::handle);
            created.start();
            return created;
        } catch (IOException e) {
            throw new UncheckedIOException("fault proxy " + name + " cannot listen on 127.0.0.1:" + onPort, e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            ProxiedRequest proxied = ProxiedRequest.read(exchange);
            Request request = new Request(proxied.method(), proxied.rawPath(),
                    proxied.header("X-Amz-Target").orElse(null), proxied.bodyText());
            if (strike(exchange, request, Timing.BEFORE)) {
                return;
            }
            HttpResponse<byte[]> response;
            try {
                response = forwarder.forward(proxied);
            } catch (IOException e) {
                // The emulator is down or died mid-request; the caller sees its connection dropped.
                upstreamFailures.incrementAndGet();
                throw e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            forwarded.incrementAndGet();
            if (strike(exchange, request, Timing.AFTER)) {
                return;
            }
            Forwarder.reply(exchange, response);
        }
    }

    /** Applies the first fault that claims the request; true if it answered (or dropped) the exchange. */
    private boolean strike(HttpExchange exchange, Request request, Timing timing) throws IOException {
        for (Fault fault : faults) {
            if (fault.claim(request, timing)) {
                injected.incrementAndGet();
                LOG.info("fault injected", "proxy", name, "fault", fault.toString(), "operation", request.operation());
                fault.strike(exchange, request, errorFormat, "fault-" + injected.get());
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        goDown();
        executor.shutdownNow();
    }
}
