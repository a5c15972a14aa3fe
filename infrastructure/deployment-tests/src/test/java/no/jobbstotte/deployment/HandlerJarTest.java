package no.jobbstotte.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jar checks FunctionJarsTest runs, against tiny jars compiled here, so we know they can fail. */
class HandlerJarTest {

    @TempDir
    static Path classes;

    @TempDir
    Path repoRoot;

    @BeforeAll
    static void compileHandlers() throws IOException, URISyntaxException {
        write("demo/GoodHandler.java", """
                package demo;
                public class GoodHandler implements com.amazonaws.services.lambda.runtime.RequestHandler<String, String> {
                    public String handleRequest(String input, com.amazonaws.services.lambda.runtime.Context context) {
                        return input;
                    }
                }
                """);
        write("demo/NotAHandler.java", """
                package demo;
                public class NotAHandler {
                    public String handleRequest(String input) { return input; }
                }
                """);
        write("demo/InjectedHandler.java", """
                package demo;
                public class InjectedHandler implements com.amazonaws.services.lambda.runtime.RequestHandler<String, String> {
                    public InjectedHandler(String dependency) {}
                    public String handleRequest(String input, com.amazonaws.services.lambda.runtime.Context context) {
                        return input;
                    }
                }
                """);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertThat(javac).as("tests run on a JDK, which has javac").isNotNull();
        String lambdaCore = Path.of(RequestHandler.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        List<String> arguments = Stream.concat(
                        Stream.of("-classpath", lambdaCore, "-d", classes.toString()),
                        Stream.of("GoodHandler", "NotAHandler", "InjectedHandler").map(name -> classes.resolve("demo/" + name + ".java").toString()))
                .toList();
        assertThat(javac.run(null, null, null, arguments.toArray(String[]::new))).as("javac exit code").isZero();
    }

    @Test
    void jarWithHandler_passes() throws IOException {
        Path jar = jar("functions/good/target/good.jar", "demo/GoodHandler.class");

        assertThatCode(() -> HandlerJar.assertHandler(jar, "demo.GoodHandler::handleRequest")).doesNotThrowAnyException();
        assertThatCode(() -> HandlerJar.assertHandler(jar, "demo.GoodHandler")).doesNotThrowAnyException();
        assertThat(HandlerJar.jarOf(repoRoot, "functions/good/target/good.jar")).isEqualTo(jar);
    }

    @Test
    void jarWithoutHandlerClass_fails() throws IOException {
        Path jar = jar("functions/empty/target/empty.jar", "demo/NotAHandler.class");

        assertThatThrownBy(() -> HandlerJar.assertHandler(jar, "demo.GoodHandler::handleRequest"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("must contain demo/GoodHandler.class");
    }

    @Test
    void classNotImplementingRequestHandler_fails() throws IOException {
        Path jar = jar("functions/plain/target/plain.jar", "demo/NotAHandler.class");

        assertThatThrownBy(() -> HandlerJar.assertHandler(jar, "demo.NotAHandler::handleRequest"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("must implement com.amazonaws.services.lambda.runtime.RequestHandler");
    }

    @Test
    void handlerWithoutNoArgConstructor_fails() throws IOException {
        Path jar = jar("functions/injected/target/injected.jar", "demo/InjectedHandler.class");

        assertThatThrownBy(() -> HandlerJar.assertHandler(jar, "demo.InjectedHandler::handleRequest"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("public no-arg constructor");
    }

    @Test
    void handlerNamingAMissingMethod_fails() throws IOException {
        Path jar = jar("functions/good/target/good.jar", "demo/GoodHandler.class");

        assertThatThrownBy(() -> HandlerJar.assertHandler(jar, "demo.GoodHandler::handle"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("public method handle");
    }

    @Test
    void jarOverTheLimit_fails() throws IOException {
        Path jar = jar("functions/good/target/good.jar", "demo/GoodHandler.class");

        assertThatThrownBy(() -> HandlerJar.assertSmallEnough(jar, Files.size(jar) - 1)).isInstanceOf(AssertionError.class);
        assertThatCode(() -> HandlerJar.assertSmallEnough(jar, Files.size(jar))).doesNotThrowAnyException();
    }

    @Test
    void codeUriThatIsMissingAbsoluteOutsideOrNotAJar_fails() throws IOException {
        jar("functions/good/target/good.jar", "demo/GoodHandler.class");

        assertThatThrownBy(() -> HandlerJar.jarOf(repoRoot, "functions/other/target/other.jar")).hasMessageContaining("must exist");
        assertThatThrownBy(() -> HandlerJar.jarOf(repoRoot, repoRoot.resolve("functions/good/target/good.jar").toString()))
                .hasMessageContaining("relative to the repository root");
        assertThatThrownBy(() -> HandlerJar.jarOf(repoRoot, "../outside.jar")).hasMessageContaining("inside the repository");
        assertThatThrownBy(() -> HandlerJar.jarOf(repoRoot, "functions/good/target/classes")).hasMessageContaining("must name a jar");
    }

    private static void write(String relative, String source) throws IOException {
        Path file = classes.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, source);
    }

    private Path jar(String relative, String... classFiles) throws IOException {
        Path jar = repoRoot.resolve(relative);
        Files.createDirectories(jar.getParent());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String classFile : classFiles) {
                out.putNextEntry(new JarEntry(classFile));
                Files.copy(classes.resolve(classFile), out);
                out.closeEntry();
            }
        }
        return jar;
    }
}
