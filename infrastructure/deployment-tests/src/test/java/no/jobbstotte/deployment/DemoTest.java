package no.jobbstotte.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import no.jobbstotte.localcloud.DashboardSite;
import no.jobbstotte.localcloud.LocalCloud;
import no.jobbstotte.localcloud.RepoRoot;
import no.jobbstotte.localcloud.VolunteerSite;
import no.jobbstotte.localcloud.alarms.AlarmStatus;
import no.jobbstotte.localcloud.backend.EmbeddedBackend;
import no.jobbstotte.localcloud.demo.Demo;
import no.jobbstotte.localcloud.emulator.EmulatorPorts;
import no.jobbstotte.localcloud.runtime.HandlerLoader;
import org.junit.jupiter.api.Test;

/**
 * The README's main job, as `bin/local-cloud --demo` runs it: every function from its deployable
 * jar in its own class loader, each function's AWS calls checked against its role, demo data
 * through the real event sources, one full cycle, after which every alarm of the template is OK.
 */
class DemoTest {

    @Test
    void demo_fromTheDeployableJars_runsEveryStepAndLeavesItsEffects() {
        Path root = RepoRoot.find();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        try (LocalCloud cloud = LocalCloud.builder(root.resolve("template.yaml"),
                        () -> EmbeddedBackend.start(EmulatorPorts.free(), root))
                .handlerLoader(HandlerLoader.deployableJars(root))
                .start()) {

            boolean ok = new Demo(cloud, new PrintStream(output, true, StandardCharsets.UTF_8)).run();

            String printed = output.toString(StandardCharsets.UTF_8);
            assertThat(ok).as(printed).isTrue();
            // IAM is enforced by default, and not one function's call was refused by its role.
            assertThat(cloud.iam()).as("IAM enforced without being asked").isPresent();
            assertThat(cloud.iam().get().checked()).as("calls checked").isGreaterThan(100);
            assertThat(cloud.iam().get().denials()).as(printed).isEmpty();
            assertThat(printed).containsPattern("== IAM: \\d+ calls by functions checked against their roles in"
                    + " template.yaml, 0 refused.");
            assertThat(printed).contains("Demo finished: 6 step(s), all succeeded.");
            assertThat(printed).as("both public pages").contains("   Dashboard  " + DashboardSite.url(cloud))
                    .contains("   Sign-up    " + VolunteerSite.url(cloud));
            assertThat(cloud.alarms()).as(printed).isNotEmpty().allSatisfy(alarm ->
                    assertThat(alarm.state()).as(alarm.name()).isEqualTo(AlarmStatus.State.OK));
            assertThat(printed).contains("Alarms: " + cloud.alarms().size() + " OK, 0 in ALARM, 0 not evaluable locally.");
            assertThat(cloud.dynamoDb().scan(r -> r.tableName(cloud.tableName("AgreementsTable"))).items()).isNotEmpty();
            assertThat(cloud.mailbox().sent()).isNotEmpty();
            assertThat(printed).containsPattern("marked done through its link \\(page 200, button 200\\)")
                    .contains("no longer lists it");
            // One weekly fidelity mail per team lead, though the scheduler ran twice that morning.
            assertThat(printed).containsPattern("\\(first working day of week \\d{4}-W\\d{2}\\), run twice: [1-9]\\d*"
                    + " fidelity mail\\(s\\), one per team lead").contains("   | Teamet (");
            assertThat(cloud.s3().listObjectsV2(r -> r.bucket(cloud.bucketName("StatisticsBucket"))
                    .prefix("stats/v1/latest/manifest.json")).contents()).hasSize(1);
        }
    }
}
