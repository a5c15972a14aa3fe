package no.jobbstotte.hardening;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.jobbstotte.localcloud.LocalCloud;
import no.jobbstotte.localcloud.RepoRoot;
import no.jobbstotte.localcloud.testing.LocalCloudExtension;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue #16, "count, don't guess": every unit of work driven through the real local cloud, its
 * AWS calls read from the IAM gateway's ledger and held to a budget. A count does not depend on
 * the machine, so a budget is exact: above it, a change added calls; below it, a change saved some
 * and the budget must come down with it, so it never hides room for calls to creep back in.
 *
 * <p>The table goes to {@code target/call-budgets.md} and must equal BENCHMARKS.md's section "AWS
 * calls and capacity per unit of work"; {@code -Dcallbudgets.write=true} rewrites that section.
 */
@Order(80)
class CallBudgetTest {

    @RegisterExtension
    static final LocalCloudExtension CLOUD = LocalCloudExtension.fromTemplate();

    private static final String WRITE_PROPERTY = "callbudgets.write";

    /** AWS calls of each measured scenario, all its units together (the push of ten is ten versions). */
    private static final Map<String, Integer> BUDGETS = Map.ofEntries(
            entry("agreement-new", 7),
            entry("agreement-new-in-10", 34),
            // The history shows it decided with this content: nothing queued, no status written.
            entry("agreement-unchanged", 3),
            // The entry read (its hash), the current item's write refused and read back: nothing written.
            entry("agreement-redelivered", 3),
            // One more than when the sync wrote the entry each time: the entry's read, then the current
            // item refused and read back, and STALE written on the entry (a new version reads, not writes).
            entry("agreement-stale", 9),
            entry("placement-event-first", 3),
            entry("placement-event-after-20", 3),
            entry("placement-event-after-199", 3),
            // Issue #16, item 2: one BatchGetItem (100 addresses a call) reads the delivery state of every address
            // the run's messages name, which the messages carry to the sender; the team lead joins the scan's last
            // chunk, so the run's messages share their SendMessageBatch calls.
            entry("scheduler-s20-d5", 13),
            entry("scheduler-s40-d5", 13),
            entry("scheduler-s40-d10", 19),
            // Issue #16, item 2: the claim, the due items (one Query), the send and the mark; the recipient and
            // whether the address is suppressed come on the message.
            entry("digest-specialist", 4),
            // The claim, the team's placements (one byTeamCaseload page: every specialist's due items and caseload
            // and the orphans), the send and the mark; the team and its delivery states come on the message.
            entry("digest-team-lead-t5", 4),
            // Issue #19: the claim, the team's placements (one byTeamCaseload page), the send and the mark; the
            // figures are computed from the one read of the placements, the team comes on the message.
            entry("fidelity-mail-t5", 4),
            entry("volunteer-sign-up", 8),
            entry("volunteer-confirm", 5),
            // One scan of the placements reads the stage dates and the IPS fidelity facts together (issue #19):
            // a second scan, as first built, cost a call and every item's read units again. What is stored already
            // is read from latest's manifest (one GET), not by a HEAD per file (8 more; issue #16, item 5).
            entry("publication-p20", 16),
            entry("publication-p200", 16));

    @Test
    void everyUnitOfWork_makesExactlyTheCallsOfItsBudget_andBenchmarksShowsWhatWasMeasured() throws IOException {
        LocalCloud cloud = CLOUD.cloud();
        assumeTrue(cloud.iam().isPresent(), "the IAM gateway counts the calls; -Dlocalcloud.iam=off switches it off");
        // The capacity figures are the embedded DynamoDB emulator's; another backend reports its own.
        assumeTrue(cloud.backendName().equals("embedded emulators"), "the budgets are the embedded emulators' figures");
        CallMeter meter = new CallMeter(cloud);
        List<UnitCost> costs = measureEveryUnit(meter);
        meter.fresh(); // checks that the last unit's calls were all allowed, too

        String table = CallBudgetTable.markdown(costs, meter::resourceName);
        Path root = RepoRoot.find();
        Path report = root.resolve("infrastructure/hardening-tests/target/call-budgets.md");
        Files.createDirectories(report.getParent());
        Files.writeString(report, "## AWS calls and capacity per unit of work\n\n" + table, StandardCharsets.UTF_8);
        System.out.println(table);

        SoftAssertions softly = new SoftAssertions();
        costs.forEach(cost -> checkBudget(softly, cost, report));
        softly.assertThat(BUDGETS.keySet()).as("budgets of units no longer measured")
                .containsExactlyInAnyOrderElementsOf(costs.stream().map(UnitCost::id).toList());
        List<String> template = Files.readAllLines(root.resolve("template.yaml"), StandardCharsets.UTF_8);
        String cost = CostTable.markdown(costs.stream().collect(Collectors.toMap(UnitCost::id, c -> c)),
                CostTable.memoryMb(template), CostTable.sqsEventSources(template));
        System.out.println(cost);
        Path benchmarks = root.resolve("BENCHMARKS.md");
        String document = Files.readString(benchmarks, StandardCharsets.UTF_8);
        String measured = CallBudgetTable.replaceSection(
                CallBudgetTable.replaceSection(document, CallBudgetTable.START, CallBudgetTable.END, table),
                CallBudgetTable.COST_START, CallBudgetTable.COST_END, cost);
        if (Boolean.getBoolean(WRITE_PROPERTY)) {
            Files.writeString(benchmarks, measured, StandardCharsets.UTF_8);
        } else {
            softly.assertThat(document)
                    .as("BENCHMARKS.md's tables \"AWS calls and capacity per unit of work\" and \"Monthly cost\" against"
                            + " what was measured (%s); if the change is meant, rewrite them: ./mvnw -pl"
                            + " infrastructure/hardening-tests -am verify -Dtest=CallBudgetTest"
                            + " -Dsurefire.failIfNoSpecifiedTests=false -D%s=true", report, WRITE_PROPERTY)
                    .isEqualTo(measured);
        }
        softly.assertAll();
    }

    /** Exactly the budget: above it a change added calls; below it the budget must come down with them. */
    private static void checkBudget(SoftAssertions softly, UnitCost cost, Path report) {
        int budget = BUDGETS.getOrDefault(cost.id(), 0);
        if (cost.total() > budget) {
            softly.fail("%s: %d AWS calls, over its budget of %d: %s shows where they go; a call the unit needs"
                    + " raises its budget in CallBudgetTest, with the reason", cost.id(), cost.total(), budget, report);
        } else if (cost.total() < budget) {
            softly.fail("%s: %d AWS calls, under its budget of %d: lower the budget in CallBudgetTest to %d and rewrite"
                    + " BENCHMARKS.md's table with -D%s=true", cost.id(), cost.total(), budget, cost.total(), WRITE_PROPERTY);
        }
    }

    private static List<UnitCost> measureEveryUnit(CallMeter meter) {
        List<UnitCost> costs = new ArrayList<>(new AgreementCosts(meter).measure());
        FollowUpCosts followUps = new FollowUpCosts(meter);
        costs.addAll(followUps.placementEvents());
        costs.add(followUps.schedulerRun(20, 5));
        costs.add(followUps.schedulerRun(40, 5));
        costs.add(followUps.schedulerRun(40, 10));
        costs.add(followUps.specialistDigest());
        costs.add(followUps.teamLeadDigest(5));
        costs.add(followUps.fidelityMail(5));
        costs.addAll(new VolunteerCosts(meter).measure());
        PublicationCosts publications = new PublicationCosts(meter);
        costs.add(publications.publication(20));
        costs.add(publications.publication(200));
        assertThat(costs).allSatisfy(cost -> assertThat(cost.calls()).as(cost.id()).isNotEmpty());
        return costs;
    }
}
