package no.jobbstotte.localcloud.demo;

import java.io.PrintStream;
import java.util.Set;
import no.jobbstotte.localcloud.LocalCloud;

/** One feature's part of the demo. */
public interface DemoStep {
    String title();

    Set<String> requiredFunctions();

    void run(LocalCloud cloud, PrintStream out);
}
