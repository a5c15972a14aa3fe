package no.jobbstotte.localcloud.runtime;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import no.jobbstotte.shared.log.Log;

/**
 * Runs one function like Lambda does: each instance ("container") is initialised once with the
 * function's environment and serves one invocation at a time; up to {@code maxConcurrency}
 * instances run side by side.
 */
public final class FunctionRuntime {

    private static final Log LOG = Log.get(FunctionRuntime.class);

    private final FunctionDefinition definition;
    private final Map<String, String> environment;
    private final ClassLoader classLoader;
    private final String arn;
    private final BlockingQueue<RequestHandler<Object, Object>> idle;
    private final Semaphore slots;
    private final AtomicLong errors = new AtomicLong();
    private final AtomicLong throttles = new AtomicLong();

    public FunctionRuntime(FunctionDefinition definition, Map<String, String> environment, ClassLoader classLoader,
            String arn, int maxConcurrency) {
        this.definition = definition;
        this.environment = Map.copyOf(environment);
        this.classLoader = classLoader;
        this.arn = arn;
        this.idle = new ArrayBlockingQueue<>(maxConcurrency);
        this.slots = new Semaphore(maxConcurrency);
    }

    public FunctionDefinition definition() {
        return definition;
    }

    public Map<String, String> environment() {
        return environment;
    }

    /**
     * Invocations that failed as Lambda counts Errors: an exception escaped the handler or its
     * initialisation, or the invocation ran past the function's Timeout.
     */
    public long errors() {
        return errors.get();
    }

    /**
     * Invocations that found every local instance busy. Lambda would throttle them at this
     * concurrency; the local runtime lets them wait instead, so nothing is refused, but the
     * Throttles alarm still shows that the function ran out of concurrency.
     */
    public long throttles() {
        return throttles.get();
    }

    /** Starts the counts afresh, as the local cloud does between tests. */
    public void resetCounts() {
        errors.set(0);
        throttles.set(0);
    }

    @SuppressWarnings("unchecked")
    public <I, O> O invoke(I event) {
        if (!slots.tryAcquire()) {
            throttles.incrementAndGet();
            slots.acquireUninterruptibly();
        }
        RequestHandler<Object, Object> handler = idle.poll();
        Thread thread = Thread.currentThread();
        ClassLoader outer = thread.getContextClassLoader();
        boolean failed = false;
        try {
            thread.setContextClassLoader(classLoader);
            if (handler == null) {
                handler = newInstance();
            }
            LocalContext context = LocalContext.start(definition.logicalId(), arn, definition.memoryMb(),
                    definition.timeoutSeconds());
            long started = System.nanoTime();
            try {
                return (O) handler.handleRequest(event, context);
            } finally {
                long millis = (System.nanoTime() - started) / 1_000_000;
                if (millis > definition.timeoutSeconds() * 1000L) {
                    failed = true;
                    LOG.warn("invocation ran past the function's Timeout; Lambda would have stopped it",
                            "function", definition.logicalId(), "durationMs", millis);
                }
            }
        } catch (RuntimeException | Error e) {
            failed = true;
            throw e;
        } finally {
            if (failed) {
                errors.incrementAndGet();
            }
            thread.setContextClassLoader(outer);
            if (handler != null) {
                idle.offer(handler);
            }
            slots.release();
        }
    }

    @SuppressWarnings("unchecked")
    private RequestHandler<Object, Object> newInstance() {
        long started = System.nanoTime();
        try {
            Class<?> type = Class.forName(definition.handlerClass(), true, classLoader);
            if (!RequestHandler.class.isAssignableFrom(type)) {
                throw new IllegalStateException("function " + definition.logicalId() + ": " + type.getName()
                        + " does not implement RequestHandler");
            }
            Object instance;
            try {
                Constructor<?> withEnvironment = type.getDeclaredConstructor(Map.class);
                withEnvironment.setAccessible(true);
                instance = withEnvironment.newInstance(environment);
            } catch (NoSuchMethodException noEnvironmentConstructor) {
                instance = type.getDeclaredConstructor().newInstance();
            }
            LOG.info("function instance initialised", "function", definition.logicalId(),
                    "initMs", (System.nanoTime() - started) / 1_000_000);
            return (RequestHandler<Object, Object>) instance;
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("function " + definition.logicalId() + " failed to initialise", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("function " + definition.logicalId() + ": cannot load handler "
                    + definition.handlerClass(), e);
        }
    }
}
