package no.jobbstotte.localcloud.testing;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A fault armed on a {@link FaultProxy}: it strikes the next {@code times} matching requests (or
 * every one until disarmed, if negative), and answers each with an AWS error or a dropped
 * connection, before or after the emulator has seen the request.
 */
public final class Fault {

    /** When a fault strikes. */
    public enum Timing {
        /** The emulator never sees the request. */
        BEFORE,
        /** The emulator handles the request; its answer is replaced by the fault. */
        AFTER
    }

    private static final String MESSAGE = "injected by the test's fault proxy";

    private final String name;
    private final Predicate<FaultProxy.Request> match;
    private final Timing timing;
    /** 0: drop the connection instead of answering. */
    private final int status;
    private final String errorCode;
    private final AtomicInteger remaining;
    private final AtomicInteger struck = new AtomicInteger();
    private final Runnable action;
    private volatile boolean armed = true;

    Fault(String name, Predicate<FaultProxy.Request> match, Timing timing, int status, String errorCode, int times,
            Runnable action) {
        this.name = name;
        this.match = match;
        this.timing = timing;
        this.status = status;
        this.errorCode = errorCode;
        this.remaining = new AtomicInteger(times);
        this.action = action;
    }

    /** Whether this fault takes the request (and so counts one strike). */
    boolean claim(FaultProxy.Request request, Timing when) {
        if (!armed || timing != when || !match.test(request)) {
            return false;
        }
        if (remaining.get() >= 0 && remaining.getAndUpdate(n -> n > 0 ? n - 1 : n) <= 0) {
            return false;
        }
        struck.incrementAndGet();
        return true;
    }

    /** Runs the fault's action, then drops the exchange or answers it with the error as {@code format} words it. */
    void strike(HttpExchange exchange, FaultProxy.Request request, ErrorFormat format, String requestId)
            throws IOException {
        if (action != null) {
            action.run();
        }
        if (status == 0) {
            // Closing an exchange that has sent no headers closes the connection: the caller
            // sees the stream end, as when a server dies mid-request.
            exchange.close();
            return;
        }
        byte[] error = format.error(exchange.getResponseHeaders(), errorCode, MESSAGE, requestId);
        // A HEAD answer has no body; the SDK then goes by the status code alone, as against S3.
        boolean head = request.method().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : error.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(error);
            }
        }
    }

    /** How many requests this fault has failed so far. */
    public int struck() {
        return struck.get();
    }

    /** True when a counted fault has no strikes left. */
    public boolean spent() {
        return remaining.get() == 0;
    }

    public void disarm() {
        armed = false;
    }

    @Override
    public String toString() {
        return name;
    }
}
