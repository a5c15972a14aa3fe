package no.jobbstotte.agreementsapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import no.jobbstotte.localcloud.RepoRoot;
import no.jobbstotte.localcloud.testing.OpenApiLint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The independent linter that verify runs on openapi.yaml still catches the slip that once went
 * through: an unquoted comma in a flow mapping, which splits a description into a bogus schema key.
 */
class OpenApiLintTest {

    private static final String QUOTED = "description: 'A role such as butikksjef, never a person.' }";
    private static final String UNQUOTED = "description: A role such as butikksjef, never a person. }";

    @TempDir
    Path dir;

    @Test
    void lint_contractWithTheDescriptionUnquotedAgain_failsNamingTheBogusKey() throws IOException {
        String contract = Files.readString(RepoRoot.find().resolve("functions/agreements-api/openapi.yaml"));
        assertThat(contract).as("contactRole's description, which this test unquotes").contains(QUOTED);

        OpenApiLint.Result asItIs = OpenApiLint.lint(write("openapi.yaml", contract));
        OpenApiLint.Result broken = OpenApiLint.lint(write("broken.yaml", contract.replace(QUOTED, UNQUOTED)));

        assertThat(asItIs.passed()).as(asItIs.output()).isTrue();
        assertThat(broken.passed()).as(broken.output()).isFalse();
        assertThat(broken.output()).containsPattern("error +struct +Property `never a person\\.` is not expected here");
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }
}
