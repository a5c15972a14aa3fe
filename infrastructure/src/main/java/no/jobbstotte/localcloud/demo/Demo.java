package no.jobbstotte.localcloud.demo;

import java.io.PrintStream;
import java.util.List;
import no.jobbstotte.localcloud.LocalCloud;

/**
 * The main job: seeds demo data (invented organisations and people only) and runs one full cycle
 * of every function the template has, printing progress and where to look. Each feature adds a
 * step; a step runs only when its functions are in the template.
 */
public final class Demo {

    private final LocalCloud cloud;
    private final PrintStream out;

    public Demo(LocalCloud cloud, PrintStream out) {
        this.cloud = cloud;
        this.out = out;
    }

    /** Returns whether every step that ran succeeded. */
    public boolean run() {
        List<DemoStep> steps = DemoSteps.all();
        boolean ok = true;
        int ran = 0;
        for (DemoStep step : steps) {
            if (!cloud.functions().keySet().containsAll(step.requiredFunctions())) {
                continue;
            }
            ran++;
            out.println("== Demo: " + step.title());
            try {
                step.run(cloud, out);
            } catch (RuntimeException e) {
                ok = false;
                out.println("   FAILED: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
        out.println(ran == 0 ? "Demo: no functions in template.yaml yet; the local cloud runs its resources only."
                : "Demo finished: " + ran + " step(s), " + (ok ? "all succeeded" : "some FAILED (see above)") + ".");
        return ok;
    }
}
