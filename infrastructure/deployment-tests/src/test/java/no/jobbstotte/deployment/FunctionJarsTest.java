package no.jobbstotte.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import no.jobbstotte.localcloud.template.Resource;
import no.jobbstotte.localcloud.template.Template;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every function in template.yaml against the jar the build produced. This module runs after all
 * function modules in the reactor, so a missing jar means a wrong CodeUri, not a missing build step.
 */
class FunctionJarsTest {

    private static final List<String> ARCHITECTURES = List.of("x86_64", "arm64");

    @Test
    void templateYaml_parses() {
        Template template = DeploymentTemplate.read();

        assertThat(template.resources()).isNotEmpty();
    }

    @TestFactory
    Stream<DynamicNode> everyFunction_isDeployable() {
        Template template = DeploymentTemplate.read();
        Path repoRoot = DeploymentTemplate.repoRoot();
        // No functions yet means no tests here; the parse test above still runs.
        return template.ofType(Template.FUNCTION).stream().map(function -> checks(template, function, repoRoot));
    }

    private static DynamicNode checks(Template template, Resource function, Path repoRoot) {
        Map<String, Object> properties = DeploymentTemplate.functionProperties(template, function);
        Object codeUri = properties.get("CodeUri");
        String name = function.logicalId() + " (template.yaml line " + function.line() + ")";
        return dynamicContainer(name, Stream.of(
                dynamicTest("CodeUri is a built jar in the repository",
                        () -> HandlerJar.jarOf(repoRoot, codeUri)),
                dynamicTest("jar is at most 15 MB",
                        () -> HandlerJar.assertSmallEnough(HandlerJar.jarOf(repoRoot, codeUri), HandlerJar.MAX_BYTES)),
                dynamicTest("Handler is a RequestHandler in the jar with a public no-arg constructor",
                        () -> HandlerJar.assertHandler(HandlerJar.jarOf(repoRoot, codeUri), properties.get("Handler"))),
                dynamicTest("Runtime is java25",
                        () -> assertThat(properties.get("Runtime")).as("Runtime").isEqualTo("java25")),
                dynamicTest("Architectures names exactly one architecture",
                        () -> assertThat(properties.get("Architectures")).as("Architectures")
                                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                                .singleElement().isIn(ARCHITECTURES))));
    }
}
