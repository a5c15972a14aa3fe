package no.jobbstotte.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.jar.JarFile;

/** The checks a function's deployable jar must pass before SAM packages it. */
final class HandlerJar {

    /**
     * The size target from the benchmarks (BENCHMARKS.md), well below Lambda's 50 MB upload limit:
     * a larger jar loads slower on a cold start, and every jar meets it, so a new dependency that
     * breaks it fails here rather than in the next benchmark run.
     */
    static final long MAX_BYTES = 15_000_000;

    private HandlerJar() {}

    /** CodeUri must name a built jar inside the checkout, relative to its root, the way `sam deploy` resolves it. */
    static Path jarOf(Path repoRoot, Object codeUri) {
        assertThat(codeUri).as("CodeUri").isInstanceOf(String.class);
        String uri = (String) codeUri;
        assertThat(Path.of(uri).isAbsolute()).as("CodeUri %s must be relative to the repository root", uri).isFalse();
        assertThat(uri).as("CodeUri must name a jar").endsWith(".jar");
        Path root = repoRoot.toAbsolutePath().normalize();
        Path jar = root.resolve(uri).normalize();
        assertThat(jar.startsWith(root)).as("CodeUri %s must stay inside the repository", uri).isTrue();
        assertThat(jar).as("CodeUri %s must exist; build it with ./mvnw package", uri).isRegularFile();
        return jar;
    }

    static void assertSmallEnough(Path jar, long maxBytes) throws IOException {
        long size = Files.size(jar);
        assertThat(size).as("%s is %,d bytes; the limit is %,d", jar.getFileName(), size, maxBytes).isLessThanOrEqualTo(maxBytes);
    }

    /**
     * Handler is {@code a.b.C::method} or {@code a.b.C}. The class must be in the jar itself (not only
     * on our classpath), implement RequestHandler and have a public no-arg constructor, since that is
     * how the Lambda Java runtime creates it.
     */
    static void assertHandler(Path jar, Object handlerValue) throws IOException, ClassNotFoundException {
        assertThat(handlerValue).as("Handler").isInstanceOf(String.class);
        String handler = (String) handlerValue;
        int separator = handler.indexOf("::");
        String className = separator < 0 ? handler : handler.substring(0, separator);
        String methodName = separator < 0 ? "handleRequest" : handler.substring(separator + 2);

        String entry = className.replace('.', '/') + ".class";
        try (JarFile jarFile = new JarFile(jar.toFile())) {
            assertThat(jarFile.getEntry(entry)).as("%s must contain %s", jar.getFileName(), entry).isNotNull();
        }
        try (URLClassLoader loader = new FunctionJarClassLoader(jar)) {
            // Not initialised: a handler's static setup may read environment variables that only Lambda sets.
            Class<?> type = Class.forName(className, false, loader);
            assertThat(RequestHandler.class.isAssignableFrom(type))
                    .as("%s must implement %s", className, RequestHandler.class.getName()).isTrue();
            assertThat(Modifier.isAbstract(type.getModifiers())).as("%s must not be abstract", className).isFalse();
            assertThat(Arrays.stream(type.getConstructors()).anyMatch(HandlerJar::isNoArg))
                    .as("%s must have a public no-arg constructor", className).isTrue();
            assertThat(Arrays.stream(type.getMethods()).map(Method::getName))
                    .as("%s must have a public method %s", className, methodName).contains(methodName);
        }
    }

    private static boolean isNoArg(Constructor<?> constructor) {
        return constructor.getParameterCount() == 0;
    }

    /**
     * Loads only from the jar (and the JDK), as Lambda does; the Lambda runtime interfaces come from
     * our classpath so that isAssignableFrom compares the same RequestHandler class.
     */
    static final class FunctionJarClassLoader extends URLClassLoader {
        private static final String LAMBDA_RUNTIME = "com.amazonaws.services.lambda.runtime.";

        FunctionJarClassLoader(Path jar) throws IOException {
            super(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.startsWith(LAMBDA_RUNTIME) && !name.substring(LAMBDA_RUNTIME.length()).contains(".")) {
                return HandlerJar.class.getClassLoader().loadClass(name);
            }
            return super.loadClass(name, resolve);
        }
    }
}
