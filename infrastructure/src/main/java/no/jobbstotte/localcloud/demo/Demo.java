package no.jobbstotte.localcloud.demo;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.jobbstotte.localcloud.DashboardSite;
import no.jobbstotte.localcloud.LocalCloud;
import no.jobbstotte.localcloud.VolunteerSite;
import no.jobbstotte.localcloud.alarms.AlarmReport;
import no.jobbstotte.localcloud.alarms.AlarmStatus;
import no.jobbstotte.localcloud.alarms.AlarmStatus.State;

/**
 * The main job: seeds demo data (invented organisations and people only) and runs one full cycle
 * of every function the template has, printing progress and where to look, and at the end the
 * template's alarms as the local cloud sees them. Each feature adds a step; a step runs only when
 * its functions are in the template.
 */
public final class Demo {

    private final LocalCloud cloud;
    private final PrintStream out;

    public Demo(LocalCloud cloud, PrintStream out) {
        this.cloud = cloud;
        this.out = out;
    }

    /**
     * Returns whether every step that ran succeeded, no function's call was refused by its role,
     * and no alarm is in ALARM afterwards.
     */
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
        reportPages();
        boolean iamClean = reportIam();
        return reportAlarms() && ok && iamClean;
    }

    /** The two public pages, to open in a browser on the demo's data. */
    private void reportPages() {
        out.println("== Public pages");
        if (cloud.template().resource("StatisticsBucket").isPresent()) {
            out.println("   Dashboard  " + DashboardSite.url(cloud));
        }
        if (cloud.template().resource("VolunteerSignupFunction").isPresent()) {
            out.println("   Sign-up    " + VolunteerSite.url(cloud));
        }
    }

    /** The functions' calls checked against their roles; returns whether none was refused. */
    private boolean reportIam() {
        if (cloud.iam().isEmpty()) {
            out.println("== IAM: not enforced (--no-iam); calls AWS would refuse went through unchecked.");
            return true;
        }
        var denials = cloud.iam().get().denials();
        out.println("== IAM: " + cloud.iam().get().checked() + " calls by functions checked against their roles in"
                + " template.yaml, " + denials.size() + " refused.");
        denials.forEach(denial -> out.println("   REFUSED: " + denial));
        return denials.isEmpty();
    }

    /** The template's alarms as they stand after the demo; returns whether none is in ALARM. */
    private boolean reportAlarms() {
        List<AlarmStatus> alarms = cloud.alarms();
        out.println("== Alarms in template.yaml, evaluated on the local cloud (runbook: README.md)");
        out.print(AlarmReport.table(alarms));
        Map<State, Long> states = alarms.stream().collect(Collectors.groupingBy(AlarmStatus::state, Collectors.counting()));
        out.println("Alarms: " + states.getOrDefault(State.OK, 0L) + " OK, " + states.getOrDefault(State.ALARM, 0L)
                + " in ALARM, " + states.getOrDefault(State.NOT_EVALUABLE, 0L) + " not evaluable locally.");
        return !states.containsKey(State.ALARM);
    }
}
