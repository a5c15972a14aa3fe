package no.jobbstotte.hardening;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Registered through META-INF/services: captures the suite's output from the start (before any
 * test class or function class loads) and prints the summary line when the test plan ends, also
 * to {@code target/hardening-summary.txt}.
 */
public final class HardeningSession implements LauncherSessionListener, TestExecutionListener {

    private static final PrintStream CONSOLE = System.out;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        SuiteOutput.install();
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        SuiteOutput.install();
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        String line = SuiteStats.line();
        CONSOLE.println(line);
        System.out.println(line);
        try {
            Path target = Path.of("target");
            if (Files.isDirectory(target)) {
                Files.writeString(target.resolve("hardening-summary.txt"), line + System.lineSeparator(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            CONSOLE.println("could not write target/hardening-summary.txt: " + e);
        }
    }
}
