package no.jobbstotte.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import no.jobbstotte.localcloud.template.Template;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SamSchemaTest {

    // The schema is 750 kB with a few hundred definitions: build it once for the whole class.
    private static SamSchema samSchema;

    @TempDir
    Path tempDir;

    @BeforeAll
    static void loadSchema() {
        Path file = SamSchema.defaultLocation(DeploymentTemplate.repoRoot());
        assertThat(file).as("the SAM schema is expected in the shared folder beside the checkout").isRegularFile();
        samSchema = SamSchema.load(file);
    }

    @Test
    void samSchema_declaresDraft4_andIsValidatedAsDraft4() {
        assertThat(samSchema.version()).isEqualTo(SpecificationVersion.DRAFT_4);
    }

    @Test
    void templateYaml_conformsToTheSamSchema() {
        assertConforms(DeploymentTemplate.read());
    }

    @Test
    void functionWithMisspelledProperty_isRejectedWithItsPath() throws IOException {
        Template broken = templateWithExtraResources("""
                  BrokenFunction:
                    Type: AWS::Serverless::Function
                    Properties:
                      CodeUri: functions/broken/target/broken.jar
                      Handler: no.jobbstotte.broken.BrokenHandler::handleRequest
                      MemorySise: 512
                """);

        List<String> problems = samSchema.problems(broken);

        assertThat(problems).containsExactly("/Resources/BrokenFunction/Properties [additionalProperties] property 'MemorySise'"
                + " is not defined in the schema and the schema does not allow additional properties");
        // The test for the real template fails with the same list, one problem a line.
        assertThatThrownBy(() -> assertConforms(broken))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("does not conform to the SAM schema")
                .hasMessageContaining("/Resources/BrokenFunction/Properties [additionalProperties] property 'MemorySise'");
    }

    @Test
    void misspelledGlobal_isRejectedWithItsPathAndTheUnknownName() throws IOException {
        String text = Files.readString(DeploymentTemplate.templatePath())
                .replaceFirst("\n  Function:\n", "\n  Function:\n    Timout: 30\n");
        Template broken = Template.parse(tempDir.resolve("template.yaml"), text);

        List<String> problems = samSchema.problems(broken);

        assertThat(problems).singleElement().asString().startsWith("/Globals/Function [additionalProperties]").contains("'Timout'");
    }

    @Test
    void sqsEventWithMisspelledProperty_isRejected() throws IOException {
        Template broken = templateWithExtraResources("""
                  BrokenFunction:
                    Type: AWS::Serverless::Function
                    Properties:
                      CodeUri: functions/broken/target/broken.jar
                      Handler: no.jobbstotte.broken.BrokenHandler::handleRequest
                      Events:
                        Work:
                          Type: SQS
                          Properties:
                            Queue: !GetAtt AgreementsQueue.Arn
                            FunctionResponseType: [ReportBatchItemFailures]
                """);

        List<String> problems = samSchema.problems(broken);
        assertThat(problems).containsExactly("/Resources/BrokenFunction/Properties/Events/Work/Properties [additionalProperties]"
                + " property 'FunctionResponseType' is not defined in the schema and the schema does not allow additional properties");
    }

    /**
     * Plain CloudFormation resources match the schema's catch-all "any CloudFormation resource", which
     * only looks at Type. So a queue with FifoQueue: maybe passes here; the consistency tests and
     * CloudFormation itself catch such things, not this schema.
     */
    @Test
    void cloudFormationResourceProperties_areNotCheckedBySamSchema() throws IOException {
        Template queueOnly = templateWithExtraResources("""
                  OddQueue:
                    Type: AWS::SQS::Queue
                    Properties:
                      FifoQueue: maybe
                      NoSuchProperty: 1
                """);

        assertThat(samSchema.problems(queueOnly)).isEmpty();
    }

    private static void assertConforms(Template template) {
        List<String> problems = samSchema.problems(template);
        assertThat(problems)
                .as("%s does not conform to the SAM schema:%n  %s", template.path(), String.join(System.lineSeparator() + "  ", problems))
                .isEmpty();
    }

    /** A copy of template.yaml with resources added at the top of Resources (indented by two spaces). */
    private Template templateWithExtraResources(String resources) throws IOException {
        String text = Files.readString(DeploymentTemplate.templatePath());
        assertThat(text).contains("\nResources:\n");
        String broken = text.replaceFirst("\nResources:\n", "\nResources:\n" + Matcher.quoteReplacement(resources));
        Path copy = tempDir.resolve("template.yaml");
        Files.writeString(copy, broken);
        return Template.read(copy);
    }
}
