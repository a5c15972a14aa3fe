package no.jobbstotte.localcloud.runtime;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;
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

    @SuppressWarnings("unchecked")
    public <I, O> O invoke(I event) {
        slots.acquireUninterruptibly();
        RequestHandler<Object, Object> handler = idle.poll();
        Thread thread = Thread.currentThread();
        ClassLoader outer = thread.getContextClassLoader();
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
                    LOG.warn("invocation ran past the function's Timeout; Lambda would have stopped it",
                            "function", definition.logicalId(), "durationMs", millis);
                }
            }
        } finally {
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
