package no.jobbstotte.localcloud.demo;

import java.util.List;

/** The demo's steps, in the order the data flows. */
final class DemoSteps {

    private DemoSteps() {}

    static List<DemoStep> all() {
        return List.of(new AgreementsDemo(), new FollowUpDemo(), new ActionLinkDemo(), new FidelityDemo(),
                new VolunteerDemo(), new StatisticsDemo());
    }
}
