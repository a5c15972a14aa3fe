package no.jobbstotte.localcloud.testfunctions;

import java.nio.file.Path;
import no.jobbstotte.localcloud.RepoRoot;

/** The local cloud's own test template, whose functions are the handlers in this package. */
public final class TestStack {

    private TestStack() {}

    public static Path template() {
        return RepoRoot.find().resolve("infrastructure/testing/src/test/resources/test-template.yaml");
    }
}
