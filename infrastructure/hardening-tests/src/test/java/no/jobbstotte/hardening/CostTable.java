package no.jobbstotte.hardening;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * Issue #16, item 3: what a month costs on AWS at a foundation's scale and at national scale,
 * from the calls and capacity {@link CallBudgetTest} measured per unit of work, a stated workload
 * and the on-demand list prices in {@link #PRICES}. Only the counts are measured; the volumes and
 * Lambda durations are assumptions, written beside the table so that anyone can change them.
 */
final class CostTable {

    /** One scale of operation and the monthly volumes it implies. */
    record Scale(String name, int specialists, int teamLeads, int activePlacements, int allPlacements, int chains,
            int volunteers) {

        static final int WORKING_DAYS = 21;
        static final int NIGHTS = 30;
        /** ISO weeks in a month, for the team leads' weekly fidelity mail. */
        static final double WEEKS = 52.0 / 12;

        double agreementVersions() {
            return chains * 40.0;
        }

        double placementEvents() {
            return activePlacements * 6.0;
        }

        /** Specialists with something due on a working day. */
        double dueSpecialists() {
            return specialists * 0.6;
        }

        double signUps() {
            return volunteers * 0.1;
        }
    }

    static final Scale FOUNDATION = new Scale("foundation", 30, 4, 600, 1_500, 20, 200);
    static final Scale NATIONAL = new Scale("national", 2_000, 200, 40_000, 100_000, 300, 5_000);

    /** A list price in US dollars per {@code per} units. */
    record Price(String item, double dollars, double per, String basis) {}

    static final String PRICE_DATE = "2026-12-07";
    /**
     * On-demand list prices. eu-north-1's own price pages cannot be read from this machine (no internet), so
     * these are the us-east-1 figures quoted by the sources named in BENCHMARKS.md, read on {@link #PRICE_DATE};
     * replace them with eu-north-1's from aws.amazon.com/&lt;service&gt;/pricing before using the totals.
     */
    static final Map<String, Price> PRICES = prices(
            new Price("Lambda requests", 0.20, 1e6, "per million requests"),
            new Price("Lambda compute (arm64)", 0.0000133334, 1, "per GB-second"),
            new Price("DynamoDB reads", 0.125, 1e6, "per million read request units (on-demand)"),
            new Price("DynamoDB writes", 0.625, 1e6, "per million write request units (on-demand)"),
            new Price("SQS requests", 0.40, 1e6, "per million requests (standard; FIFO 0.50)"),
            new Price("SES messages", 0.10, 1e3, "per 1,000 messages"),
            new Price("S3 PUT", 0.005, 1e3, "per 1,000 PUT requests"),
            new Price("S3 GET/HEAD", 0.0004, 1e3, "per 1,000 GET or HEAD requests"),
            new Price("API Gateway HTTP API", 1.00, 1e6, "per million requests"));

    /**
     * Assumed billed duration of one invocation (ms): not measurable here, where functions run in the
     * test JVM; the order of magnitude of a warm invocation making the unit's calls at 1 GB.
     */
    static final Map<String, Integer> ASSUMED_MS = Map.of("AgreementsApiFunction", 150, "AgreementsSyncFunction", 120,
            "PlacementEventsFunction", 80, "FollowUpSchedulerFunction", 1_000, "ReminderSenderFunction", 250,
            "VolunteerSignupFunction", 150, "StatisticsPublisherFunction", 3_000);
    /** Lambda's SQS pollers: at least five per event source, each a 20 s long poll when the queue is idle. */
    static final double IDLE_POLLS_PER_QUEUE = 5 * 30 * 24 * 3600 / 20.0;

    private CostTable() {}

    /** The monthly cost at both scales; {@code sqsEventSources} is how many queues trigger a function. */
    static String markdown(Map<String, UnitCost> units, Map<String, Integer> memoryMb, int sqsEventSources) {
        Map<String, double[]> lines = new LinkedHashMap<>();
        List<Scale> scales = List.of(FOUNDATION, NATIONAL);
        for (int s = 0; s < scales.size(); s++) {
            Map<String, Double> quantities = quantities(scales.get(s), units, memoryMb, sqsEventSources);
            for (Map.Entry<String, Double> q : quantities.entrySet()) {
                lines.computeIfAbsent(q.getKey(), k -> new double[scales.size()])[s] = q.getValue();
            }
        }
        StringBuilder out = new StringBuilder("| Item | Price (USD) | Foundation: quantity | Foundation: USD/month"
                + " | National: quantity | National: USD/month |\n|---|---|---|---|---|---|\n");
        double[] totals = new double[scales.size()];
        for (Map.Entry<String, double[]> line : lines.entrySet()) {
            Price price = PRICES.get(line.getKey());
            out.append("| ").append(line.getKey()).append(" | ").append(plain(price.dollars(), 10)).append(' ')
                    .append(price.basis());
            for (int s = 0; s < scales.size(); s++) {
                double dollars = line.getValue()[s] * price.dollars() / price.per();
                totals[s] += dollars;
                out.append(" | ").append(plain(line.getValue()[s], 0)).append(" | ").append(dollars(dollars));
            }
            out.append(" |\n");
        }
        out.append("| **Total** | |");
        for (double total : totals) {
            out.append(" | **").append(dollars(total)).append("** |");
        }
        return out.append('\n').toString();
    }

    /** Monthly quantity per price line at one scale. */
    static Map<String, Double> quantities(Scale scale, Map<String, UnitCost> units, Map<String, Integer> memoryMb,
            int sqsEventSources) {
        Map<UnitCost, Double> volume = new LinkedHashMap<>();
        volume.put(units.get("agreement-new-in-10"), scale.agreementVersions());
        // A tenth pushed again unchanged: the API finds them decided in the history and queues nothing.
        volume.put(units.get("agreement-unchanged"), scale.agreementVersions() * 0.1);
        volume.put(units.get("placement-event-after-20"), scale.placementEvents());
        volume.put(units.get("digest-specialist"), Scale.WORKING_DAYS * scale.dueSpecialists());
        volume.put(units.get("digest-team-lead-t5"), (double) Scale.WORKING_DAYS * scale.teamLeads());
        volume.put(units.get("fidelity-mail-t5"), Scale.WEEKS * scale.teamLeads());
        volume.put(units.get("volunteer-sign-up"), scale.signUps());
        volume.put(units.get("volunteer-confirm"), scale.signUps() * 0.8);
        Map<String, Double> q = new LinkedHashMap<>();
        volume.forEach((unit, n) -> add(q, unit, n, memoryMb));
        // The two runs with a variable size are interpolated between the sizes measured.
        add(q, interpolated(units.get("scheduler-s40-d5"), 6, units.get("scheduler-s40-d10"), 11,
                scale.dueSpecialists() + scale.teamLeads()), Scale.WORKING_DAYS, memoryMb);
        add(q, interpolated(units.get("publication-p20"), 20, units.get("publication-p200"), 200, scale.allPlacements()),
                Scale.NIGHTS, memoryMb);
        q.merge("SQS requests", sqsEventSources * IDLE_POLLS_PER_QUEUE, Double::sum);
        // Each push of ten versions, each sign-up's form, link and button, a fifth of the digests' links clicked.
        q.put("API Gateway HTTP API", scale.agreementVersions() / 10 + scale.signUps() * 3
                + Scale.WORKING_DAYS * scale.dueSpecialists() * 0.2 * 2);
        return q;
    }

    /** Adds {@code n} units of work: their calls, capacity, invocations and compute. */
    private static void add(Map<String, Double> q, Measured unit, double n, Map<String, Integer> memoryMb) {
        q.merge("Lambda requests", n * unit.invocations(), Double::sum);
        q.merge("Lambda compute (arm64)", n * unit.gbSeconds(memoryMb), Double::sum);
        q.merge("DynamoDB reads", n * unit.readUnits(), Double::sum);
        q.merge("DynamoDB writes", n * unit.writeUnits(), Double::sum);
        // What a function sends is received and deleted once more by the consumer's poller.
        q.merge("SQS requests", n * unit.calls("sqs", op -> true) * 3, Double::sum);
        q.merge("SES messages", n * unit.calls("ses", op -> true), Double::sum);
        q.merge("S3 PUT", n * unit.calls("s3", op -> op.equals("PutObject")), Double::sum);
        q.merge("S3 GET/HEAD", n * unit.calls("s3", op -> !op.equals("PutObject")), Double::sum);
    }

    private static void add(Map<String, Double> q, UnitCost unit, double n, Map<String, Integer> memoryMb) {
        add(q, Measured.of(unit), n, memoryMb);
    }

    /** A unit's figures, linear between two measured sizes (and beyond them). */
    private static Measured interpolated(UnitCost a, double sizeA, UnitCost b, double sizeB, double size) {
        double t = (size - sizeA) / (sizeB - sizeA);
        Measured ma = Measured.of(a);
        Measured mb = Measured.of(b);
        return new Measured(lerp(ma, mb, t, Measured::readUnits), lerp(ma, mb, t, Measured::writeUnits),
                lerp(ma, mb, t, Measured::invocations), ma.functions(),
                ma.calls().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                        e -> e.getValue() + t * (mb.calls().getOrDefault(e.getKey(), 0.0) - e.getValue()))));
    }

    private static double lerp(Measured a, Measured b, double t, ToDoubleFunction<Measured> f) {
        return f.applyAsDouble(a) + t * (f.applyAsDouble(b) - f.applyAsDouble(a));
    }

    /** Per unit: capacity, invocations (one per function involved, shared by a batch) and calls by "service/op". */
    record Measured(double readUnits, double writeUnits, double invocations, List<String> functions,
            Map<String, Double> calls) {

        static Measured of(UnitCost unit) {
            Map<String, Double> calls = new LinkedHashMap<>();
            unit.byServiceAndOperation().forEach((service, ops) -> ops.forEach(
                    (op, n) -> calls.put(service + "/" + op, n / (double) unit.per())));
            return new Measured(unit.readUnits() / unit.per(), unit.writeUnits() / unit.per(),
                    unit.functions().size() / (double) unit.per(), List.copyOf(unit.functions()), calls);
        }

        double calls(String service, java.util.function.Predicate<String> operation) {
            return calls.entrySet().stream().filter(e -> e.getKey().startsWith(service + "/")
                    && operation.test(e.getKey().substring(service.length() + 1))).mapToDouble(Map.Entry::getValue).sum();
        }

        double gbSeconds(Map<String, Integer> memoryMb) {
            double perFunction = invocations / functions.size();
            return functions.stream().mapToDouble(f -> perFunction * ASSUMED_MS.getOrDefault(f, 150) / 1000.0
                    * memoryMb.getOrDefault(f, 1024) / 1024.0).sum();
        }
    }

    /** Each function's MemorySize in template.yaml (the Globals' where it sets none). */
    static Map<String, Integer> memoryMb(List<String> template) {
        Map<String, Integer> memory = new LinkedHashMap<>();
        int global = 0;
        String resource = null;
        boolean inResources = false;
        for (String line : template) {
            if (line.isBlank() || line.trim().startsWith("#")) {
                continue;
            }
            if (!line.startsWith(" ")) {
                inResources = line.startsWith("Resources:");
            } else if (inResources && line.matches("  [A-Za-z0-9]+:\\s*")) {
                resource = line.trim().replace(":", "");
            } else if (line.trim().startsWith("MemorySize:")) {
                int mb = Integer.parseInt(line.trim().substring("MemorySize:".length()).trim());
                if (inResources) {
                    memory.put(resource, mb);
                } else {
                    global = mb;
                }
            } else if (inResources && resource != null && line.trim().equals("Type: AWS::Serverless::Function")) {
                memory.putIfAbsent(resource, -1);
            }
        }
        int fallback = global;
        memory.replaceAll((name, mb) -> mb < 0 ? fallback : mb);
        return memory;
    }

    /** How many SQS event sources template.yaml declares: each has Lambda's pollers on its queue. */
    static int sqsEventSources(List<String> template) {
        return (int) template.stream().filter(line -> line.trim().equals("Type: SQS")).count();
    }

    private static Map<String, Price> prices(Price... prices) {
        Map<String, Price> byItem = new LinkedHashMap<>();
        for (Price price : prices) {
            byItem.put(price.item(), price);
        }
        return byItem;
    }

    /** Cents, and "< 0.01" rather than a zero that is not one. */
    private static String dollars(double value) {
        return value > 0 && value < 0.005 ? "< 0.01" : BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static String plain(double value, int scale) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
        return scale == 0 ? String.format(java.util.Locale.ROOT, "%,d", rounded.longValue())
                : rounded.stripTrailingZeros().toPlainString();
    }
}
