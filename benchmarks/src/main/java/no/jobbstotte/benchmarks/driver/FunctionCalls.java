package no.jobbstotte.benchmarks.driver;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import no.jobbstotte.localcloud.LocalCloud;
import no.jobbstotte.localcloud.iam.CallLedger;
import no.jobbstotte.localcloud.iam.IamGateway;

/**
 * The AWS calls the functions made during one workload, read from the IAM gateway's ledger (the
 * calls CallBudgetTest holds to budgets, here at scale). With the emulator's measured ceiling they
 * give the time the design's calls alone need on this machine, whatever else slowed the run.
 */
final class FunctionCalls {

    /** One workload's calls by service ({@code dynamodb}, {@code sqs}, {@code ses}, {@code s3}). */
    record Count(String workload, int units, String unit, long millis, Map<String, Long> byService) {

        long of(String service) {
            return byService.getOrDefault(service, 0L);
        }

        double perUnit(String service) {
            return units == 0 ? 0 : (double) of(service) / units;
        }
    }

    private final Optional<IamGateway> iam;

    FunctionCalls(LocalCloud cloud) {
        this.iam = cloud.iam();
    }

    /** Forgets the calls so far; the next {@link #take} counts from here. */
    void reset() {
        iam.ifPresent(gateway -> gateway.ledger().clear());
    }

    /** The calls since the last {@link #reset}; empty when the gateway is off ({@code -Dlocalcloud.iam=off}). */
    Optional<Count> take(String workload, int units, String unit, long millis) {
        return iam.map(gateway -> {
            Map<String, Long> byService = new TreeMap<>();
            for (CallLedger.Call call : gateway.ledger().calls()) {
                byService.merge(call.service(), 1L, Long::sum);
            }
            gateway.ledger().clear();
            return new Count(workload, units, unit, millis, byService);
        });
    }

    /**
     * Per workload: the calls per unit, and the time the DynamoDB calls alone need at the ceiling a
     * function meets (through the gateway): the design's cost on this machine, which a slow run
     * (a busy machine, a slow function) cannot shrink; "measured ÷ bound" is how far above it the run was.
     */
    static void table(StringBuilder md, List<Count> counts, EmulatorCeiling.Ceiling ceiling) {
        if (counts.isEmpty()) {
            return;
        }
        double perSecond = ceiling == null ? 0 : ceiling.putItemViaGatewayPerSecond().orElse(ceiling.putItemPerSecond());
        md.append("\n### AWS calls per workload (the functions' own, counted by the IAM gateway)\n\n");
        md.append(String.format(Locale.ROOT, "Each DynamoDB call (any operation) counted as one of the PutItem ceiling that a function meets "
                + "(through the IAM gateway: %.0f/s in this run): the time the design's DynamoDB calls need on this emulator at the least. A child JVM's time includes its cold start.%n%n",
                perSecond));
        md.append("| Workload | units | DynamoDB calls (per unit) | SQS | SES | S3 | DynamoDB calls ÷ ceiling | measured | measured ÷ that |\n");
        md.append("|---|---|---|---|---|---|---|---|---|\n");
        for (Count c : counts) {
            double bound = perSecond == 0 ? 0 : c.of("dynamodb") / perSecond;
            md.append(String.format(Locale.ROOT, "| %s | %,d %s | %,d (%.2f) | %,d (%.2f) | %,d (%.2f) | %,d (%.2f) | %.1f s | %.1f s | %s |%n",
                    c.workload(), c.units(), c.unit(), c.of("dynamodb"), c.perUnit("dynamodb"), c.of("sqs"), c.perUnit("sqs"),
                    c.of("ses"), c.perUnit("ses"), c.of("s3"), c.perUnit("s3"), bound, c.millis() / 1000.0,
                    bound < 0.1 ? "" : String.format(Locale.ROOT, "%.2f×", c.millis() / 1000.0 / bound)));
        }
    }
}
