package no.jobbstotte.localcloud.runtime;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import no.jobbstotte.localcloud.template.TemplateException;

/** Where a function's classes come from. */
@FunctionalInterface
public interface HandlerLoader {

    ClassLoader classLoaderFor(FunctionDefinition function);

    /** Whether this function can run here; one that cannot is left out with its event sources. */
    default boolean isAvailable(FunctionDefinition function) {
        return true;
    }

    /**
     * Tests: the handler is on the test's own classpath, next to the code under test. A module's
     * tests see only the functions they depend on; the others are left out, so their schedules
     * do not fire and their queues keep their messages.
     */
    static HandlerLoader classpath() {
        return new HandlerLoader() {
            @Override
            public ClassLoader classLoaderFor(FunctionDefinition function) {
                return Thread.currentThread().getContextClassLoader();
            }

            @Override
            public boolean isAvailable(FunctionDefinition function) {
                try {
                    Class.forName(function.handlerClass(), false, Thread.currentThread().getContextClassLoader());
                    return true;
                } catch (ClassNotFoundException e) {
                    return false;
                }
            }
        };
    }

    /**
     * The demo and benchmarks: each function from its own deployable jar ({@code CodeUri}), in
     * its own class loader, as Lambda runs it. Only the Lambda interfaces and event types are
     * shared with the local cloud, so it can hand the handler real event objects.
     */
    static HandlerLoader deployableJars(Path repoRoot) {
        return function -> {
            Path jar = repoRoot.resolve(function.codeUri()).normalize();
            if (!Files.isRegularFile(jar)) {
                throw new TemplateException("template.yaml line " + function.line() + ", function " + function.logicalId()
                        + ": CodeUri " + function.codeUri() + " does not exist; build it first (./mvnw package)");
            }
            try {
                return new FunctionClassLoader(new URL[] {jar.toUri().toURL()}, HandlerLoader.class.getClassLoader());
            } catch (MalformedURLException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    /** Child-first, except for the Lambda runtime API that Lambda itself provides. */
    final class FunctionClassLoader extends URLClassLoader {
        private final ClassLoader host;

        FunctionClassLoader(URL[] urls, ClassLoader host) {
            super(urls, ClassLoader.getPlatformClassLoader());
            this.host = host;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.startsWith("com.amazonaws.services.lambda.runtime.") || name.startsWith("org.joda.time.")) {
                return host.loadClass(name);
            }
            return super.loadClass(name, resolve);
        }

        @Override
        public void close() throws IOException {
            super.close();
        }
    }
}
