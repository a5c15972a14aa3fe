package no.jobbstotte.localcloud.testing.browser;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.jobbstotte.localcloud.RepoRoot;

/**
 * axe-core (pinned in infrastructure/emulators/package.json) run in the page over the WCAG 2.0
 * and 2.1 A and AA rules. A rule axe could not decide, such as colour contrast over an unknown
 * background, comes back as {@link Report#incomplete()}: a test that wants it computed asserts so.
 */
public final class Axe {

    /** The WCAG 2.1 A and AA rules, which include WCAG 2.0's. */
    public static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Path SCRIPT = Path.of("infrastructure", "emulators", "node_modules", "axe-core", "axe.min.js");

    private static String source;

    private Axe() {}

    /** One rule's outcome: its id, what it checks, and the elements concerned. */
    public record Finding(String rule, String impact, String help, List<String> targets) {
        @Override
        public String toString() {
            return rule + " (" + impact + "): " + help + " " + targets;
        }
    }

    public record Report(List<Finding> violations, List<Finding> incomplete, List<String> passes) {}

    /** Runs the rules over the page as it is now (loading axe-core into it first if needed). */
    public static Report run(BrowserPage page) {
        if (!page.evaluate("typeof window.axe === 'object'").asBoolean()) {
            page.evaluate(source());
        }
        JsonNode result = page.evaluate("""
                axe.run(document, { runOnly: { type: 'tag', values: %s }, resultTypes: ['violations', 'incomplete'] })
                  .then(r => ({
                    violations: r.violations.map(f),
                    incomplete: r.incomplete.map(f),
                    passes: r.passes.map(p => p.id)
                  }));
                function f(rule) {
                  return { rule: rule.id, impact: rule.impact, help: rule.help,
                           targets: rule.nodes.map(n => n.target.join(' ') + ' ' + (n.failureSummary || '')) };
                }
                """.formatted(DevTools.MAPPER.valueToTree(WCAG_21_AA)));
        List<String> passes = new ArrayList<>();
        result.path("passes").forEach(id -> passes.add(id.asText()));
        return new Report(findings(result.path("violations")), findings(result.path("incomplete")), passes);
    }

    /**
     * What is wrong with the page as it is now at each width (the viewport is left at the last):
     * every WCAG 2.1 A or AA violation, and colour contrast not computed (left incomplete, or not
     * among the passes). Empty when the page passes.
     */
    public static List<String> problems(BrowserPage page, List<Integer> widths) {
        List<String> problems = new ArrayList<>();
        for (int width : widths) {
            page.viewport(width, 800);
            Report report = run(page);
            report.violations().forEach(v -> problems.add(width + " px: " + v));
            report.incomplete().stream().filter(f -> f.rule().equals("color-contrast"))
                    .forEach(f -> problems.add(width + " px: contrast left undecided: " + f));
            if (!report.passes().contains("color-contrast")) {
                problems.add(width + " px: colour contrast not among the rules passed");
            }
        }
        return problems;
    }

    private static List<Finding> findings(JsonNode rules) {
        List<Finding> findings = new ArrayList<>();
        for (JsonNode rule : rules) {
            List<String> targets = new ArrayList<>();
            rule.path("targets").forEach(t -> targets.add(t.asText().strip()));
            findings.add(new Finding(rule.path("rule").asText(), rule.path("impact").asText(), rule.path("help").asText(), targets));
        }
        return findings;
    }

    private static synchronized String source() {
        if (source == null) {
            Path script = RepoRoot.find().resolve(SCRIPT);
            if (!Files.isRegularFile(script)) {
                throw new IllegalStateException(script + " is missing: run npm ci in infrastructure/emulators");
            }
            try {
                source = Files.readString(script);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return source;
    }
}
