package no.jobbstotte.benchmarks.driver;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.jar.JarFile;
import no.jobbstotte.agreementsapi.webhook.WebhookSecret;
import no.jobbstotte.benchmarks.driver.ChildJvm.Timing;
import no.jobbstotte.benchmarks.driver.ColdStarts.Mode;
import no.jobbstotte.benchmarks.driver.ColdStarts.Result;
import no.jobbstotte.benchmarks.driver.ColdStarts.Variant;
import no.jobbstotte.benchmarks.driver.Scenarios.Scenario;
import no.jobbstotte.benchmarks.driver.Scenarios.Seed;
import no.jobbstotte.localcloud.LocalCloud;
import no.jobbstotte.localcloud.RepoRoot;
import no.jobbstotte.localcloud.backend.EmbeddedBackend;
import no.jobbstotte.localcloud.emulator.EmulatorPorts;
import no.jobbstotte.localcloud.events.LocalClock;
import no.jobbstotte.localcloud.runtime.FunctionDefinition;
import no.jobbstotte.localcloud.runtime.HandlerLoader;
import no.jobbstotte.localcloud.template.Resource;
import no.jobbstotte.localcloud.template.Template;
import no.jobbstotte.shared.followup.WorkingDays;
import no.jobbstotte.shared.followup.reminders.ReminderKind;
import no.jobbstotte.shared.followup.reminders.Addressees;
import no.jobbstotte.shared.followup.reminders.ReminderMessage;
import no.jobbstotte.shared.table.directory.DynamoDbDirectory;
import no.jobbstotte.shared.table.directory.Person;
import no.jobbstotte.shared.followup.reminders.ReminderMessageCodec;
import no.jobbstotte.shared.followup.event.DirectoryEvent;
import no.jobbstotte.shared.followup.event.EventHeader;
import no.jobbstotte.shared.followup.event.InboundEvent;
import no.jobbstotte.shared.followup.event.PlacementEvent;
import no.jobbstotte.shared.followup.event.PlacementEventJson;
import no.jobbstotte.shared.table.coordinators.Coordinator;
import no.jobbstotte.shared.table.coordinators.DynamoDbCoordinators;

/**
 * {@code bin/benchmarks}: one local cloud (embedded emulators, the real template.yaml, every
 * function from its deployable jar), then cold starts in child JVMs, throughput and scale; prints
 * the tables and writes BENCHMARKS.md.
 */
public final class BenchmarkMain {

    private static final PrintStream OUT = System.out;
    private static final int SEED_CHECK_SAMPLE = 50;
    /** RemindersQueue's BatchSize in template.yaml. */
    private static final int REMINDER_BATCH = 10;

    record Options(int runs, int archiveRuns, int agreements, int specialists, int placements, int placementEvents,
            int senderDigests, List<Mode> modes, Path output, boolean coldStarts, boolean throughput, boolean jmh,
            Set<String> functions) {
        static Options parse(String[] args) {
            int runs = 10;
            int archiveRuns = -1;
            int agreements = 10_000;
            int specialists = 5_000;
            int placements = 100_000;
            int placementEvents = 20_000;
            int senderDigests = 1_000;
            List<Mode> modes = new ArrayList<>(List.of(Mode.PLAIN, Mode.APPCDS, Mode.AOT));
            Path output = null;
            boolean cold = true;
            boolean throughput = true;
            boolean jmh = true;
            Set<String> functions = Set.of();
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--runs" -> runs = Integer.parseInt(args[++i]);
                    case "--archive-runs" -> archiveRuns = Integer.parseInt(args[++i]);
                    case "--agreements" -> agreements = Integer.parseInt(args[++i]);
                    case "--specialists" -> specialists = Integer.parseInt(args[++i]);
                    case "--placements" -> placements = Integer.parseInt(args[++i]);
                    case "--placement-events" -> placementEvents = Integer.parseInt(args[++i]);
                    case "--sender-digests" -> senderDigests = Integer.parseInt(args[++i]);
                    case "--output" -> output = Path.of(args[++i]);
                    case "--no-cold-starts" -> cold = false;
                    case "--no-throughput" -> throughput = false;
                    case "--no-jmh" -> jmh = false;
                    case "--functions" -> functions = Set.of(args[++i].split(","));
                    case "--modes" -> {
                        modes.clear();
                        for (String m : args[++i].split(",")) {
                            modes.add(Mode.valueOf(m.trim().toUpperCase()));
                        }
                    }
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            return new Options(runs, archiveRuns < 0 ? runs : archiveRuns, agreements, specialists, placements,
                    placementEvents, senderDigests, modes, output, cold, throughput, jmh, functions);
        }
    }

    private static final long STARTED = System.currentTimeMillis();
    private static long phaseStarted = STARTED;

    private BenchmarkMain() {}

    /** How long each phase took, so a run's length can be planned from a smaller one. */
    private static void phaseDone(String phase) {
        long now = System.currentTimeMillis();
        OUT.printf("[phase] %s: %.0f s (run so far %.0f s)%n", phase, (now - phaseStarted) / 1000.0, (now - STARTED) / 1000.0);
        phaseStarted = now;
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        Path root = RepoRoot.find();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        int javaMajor = Runtime.version().feature();
        List<Mode> modes = new ArrayList<>(options.modes());
        if (javaMajor < 25) {
            modes.remove(Mode.AOT);
        }
        Path workDir = Files.createDirectories(root.resolve("benchmarks/target/work"));
        Path launcherJar = root.resolve("benchmarks/target/benchmarks-launcher.jar");
        Path lambdaCore = Files.list(root.resolve("benchmarks/target/lib"))
                .filter(p -> p.getFileName().toString().startsWith("aws-lambda-java-core-")).findFirst().orElseThrow();
        Report report = new Report(options, javaMajor, Runtime.getRuntime().availableProcessors());
        report.loadBefore = loadAverage();

        Template template = Template.read(root.resolve("template.yaml"));
        Map<String, FunctionDefinition> definitions = new LinkedHashMap<>();
        for (Resource resource : template.ofType(Template.FUNCTION)) {
            FunctionDefinition definition = FunctionDefinition.of(template, resource);
            definitions.put(definition.logicalId(), definition);
        }
        Map<String, Boolean> available = new LinkedHashMap<>();
        for (FunctionDefinition d : definitions.values()) {
            Path jar = root.resolve(d.codeUri());
            boolean has = Files.isRegularFile(jar) && hasClass(jar, d.handlerClass());
            available.put(d.logicalId(), has);
            report.memoryMb.put(d.logicalId(), d.memoryMb());
            if (Files.isRegularFile(jar)) {
                report.jarSizes.put(d.logicalId(), JarSizes.of(jar));
            }
        }
        HandlerLoader jars = HandlerLoader.deployableJars(root);
        HandlerLoader loader = new HandlerLoader() {
            @Override
            public ClassLoader classLoaderFor(FunctionDefinition function) {
                return jars.classLoaderFor(function);
            }

            @Override
            public boolean isAvailable(FunctionDefinition function) {
                return available.getOrDefault(function.logicalId(), false);
            }
        };
        OUT.println("Starting the local cloud (embedded emulators, template.yaml, deployable jars) ...");
        try (LocalCloud cloud = LocalCloud.builder(root.resolve("template.yaml"),
                        () -> EmbeddedBackend.start(EmulatorPorts.free(), root))
                .handlerLoader(loader)
                .clock(LocalClock.manual(Instant.parse("2026-01-01T00:00:00Z")))
                .stackName("jobbstotte-bench")
                .start()) {
            OUT.println("Local cloud up in " + cloud.startupTime().toMillis() + " ms; seeding ...");
            Seed seed = seed(cloud, root);
            phaseDone("jars checked, local cloud started, seeded");
            if (options.coldStarts()) {
                List<Variant> variants = new ArrayList<>();
                Map<String, String> floorEnv = new LinkedHashMap<>(cloud.clientConfig().environment());
                floorEnv.put("AWS_LAMBDA_FUNCTION_NAME", "JvmFloor");
                variants.add(new Variant(Report.JVM_FLOOR, "no.jobbstotte.benchmarks.launcher.NoOpHandler",
                        launcherJar + ":" + lambdaCore, floorEnv, 1024, n -> List.of("type=none")));
                for (Scenario scenario : Scenarios.all(cloud, seed)) {
                    if (!options.functions().isEmpty() && !options.functions().contains(scenario.functionId())) {
                        continue; // --functions: a focused run leaves the others out
                    }
                    if (!available.getOrDefault(scenario.functionId(), false)) {
                        report.notMeasured.add(scenario.functionId());
                        continue;
                    }
                    FunctionDefinition d = definitions.get(scenario.functionId());
                    String classpath = root.resolve(d.codeUri()) + ":" + launcherJar;
                    Map<String, String> env = new LinkedHashMap<>(cloud.functionEnvironment(d.logicalId()));
                    env.remove("JAVA_TOOL_OPTIONS"); // the same flags are passed explicitly, to every variant
                    Map<String, String> sdkEnv = new LinkedHashMap<>(env);
                    sdkEnv.put("BENCH_FLOOR_CALLS", scenario.floorCalls());
                    variants.add(new Variant(d.logicalId() + Report.SDK_FLOOR, "no.jobbstotte.benchmarks.launcher.SdkFloorHandler",
                            classpath, sdkEnv, d.memoryMb(), n -> List.of("type=none")));
                    variants.add(new Variant(d.logicalId(), d.handlerClass(), classpath, env, d.memoryMb(), scenario.event()));
                    report.floorCalls.put(d.logicalId(), scenario.floorCalls());
                }
                OUT.printf("Cold starts: %d variants x %d runs plain, %d with an archive; modes %s%n", variants.size(),
                        options.runs(), options.archiveRuns(), modes);
                report.coldStarts = new ColdStarts(java, workDir, options.runs(), options.archiveRuns())
                        .measure(variants, modes, OUT);
                phaseDone("cold starts");
            }
            if (options.throughput()) {
                Workloads workloads = new Workloads(cloud);
                FunctionCalls calls = new FunctionCalls(cloud);
                OUT.println("Emulator ceiling: raw PutItem and SendMessage from the driver, 4 clients ...");
                report.ceiling = new EmulatorCeiling(cloud).measure(2_000, 4);
                OUT.printf("  %.0f PutItem/s, %.0f SendMessage/s, %.0f messages/s in batches of 10%n",
                        report.ceiling.putItemPerSecond(), report.ceiling.sendMessagePerSecond(),
                        report.ceiling.batchedMessagesPerSecond());
                phaseDone("emulator ceiling");
                OUT.printf("Throughput: %d agreements through the signed API ...%n", options.agreements());
                calls.reset();
                report.agreements = workloads.agreements(seed.chainId(), seed.chainSecret(), options.agreements(), 4);
                calls.take("Agreements (API + sync)", options.agreements(), "versions", report.agreements.millis())
                        .ifPresent(report.calls::add);
                OUT.printf("  %.0f agreements/s%n", report.agreements.perSecond());
                phaseDone("agreements");
                LocalDate scaleDay = WorkingDays.norway().nextWorkingDay(seed.runDay().plusDays(20));
                seedScaleData(cloud, options, scaleDay, workloads, calls, report);
                phaseDone("scale data (directory seeded, placement events through the queue, placements seeded, check)");
                if (available.getOrDefault("FollowUpSchedulerFunction", false)) {
                    calls.reset();
                    scale(cloud, root, java, launcherJar, definitions.get("FollowUpSchedulerFunction"), scaleDay, workDir,
                            workloads, report);
                    calls.take("FollowUpScheduler + ReminderSender (a working day, every digest sent)", report.scale.mails(),
                            "e-mails", report.scale.schedulerPlusSendingMillis()).ifPresent(report.calls::add);
                    phaseDone("scheduler + in-process sender");
                }
                if (available.getOrDefault("ReminderSenderFunction", false) && options.senderDigests() > 0) {
                    calls.reset();
                    senderInChildJvm(cloud, root, java, launcherJar, definitions.get("ReminderSenderFunction"),
                            WorkingDays.norway().nextWorkingDay(scaleDay),
                            Math.min(options.senderDigests(), options.specialists()), workDir, report);
                    calls.take("ReminderSender, one child JVM", report.sender.digests(), "digests",
                            report.sender.timing().toReturned()).ifPresent(report.calls::add);
                    phaseDone("ReminderSender child JVM");
                }
                if (available.getOrDefault("StatisticsPublisherFunction", false)) {
                    FunctionDefinition publisher = definitions.get("StatisticsPublisherFunction");
                    OUT.printf("Scale: StatisticsPublisher over the scale data set (child JVM, cold, %d MB) ...%n",
                            publisher.memoryMb());
                    calls.reset();
                    report.statistics = childRun(cloud, root, java, launcherJar, publisher,
                            List.of("type=scheduled", "time=" + Instant.now().toEpochMilli()), workDir);
                    calls.take("StatisticsPublisher, one night", 1, "run", report.statistics.toReturned())
                            .ifPresent(report.calls::add);
                    OUT.printf("  %d ms, peak heap %d MB%n", report.statistics.toReturned(),
                            report.statistics.peakHeapBytes() / 1_000_000);
                    phaseDone("StatisticsPublisher child JVM");
                } else {
                    report.statisticsNote = "not measured yet: no StatisticsPublisherHandler in statistics-publisher.jar";
                }
            }
            report.loadAfter = loadAverage();
        }
        if (options.jmh()) {
            OUT.println("JMH micro-benchmarks (steady state) ...");
            for (org.openjdk.jmh.results.RunResult r : new org.openjdk.jmh.runner.Runner(
                    new org.openjdk.jmh.runner.options.OptionsBuilder()
                            .include(no.jobbstotte.benchmarks.micro.HotPathBenchmarks.class.getName())
                            .jvmArgs("-Xmx512m").build()).run()) {
                var primary = r.getPrimaryResult();
                report.jmh.add(String.format(Locale.ROOT, "| %s | %.2f ± %.2f %s |",
                        r.getParams().getBenchmark().replace(no.jobbstotte.benchmarks.micro.HotPathBenchmarks.class.getName() + ".", ""),
                        primary.getScore(), primary.getScoreError(), primary.getScoreUnit()));
            }
        }
        if (options.jmh()) {
            phaseDone("JMH");
        }
        String markdown = report.markdown();
        OUT.println();
        OUT.println(markdown);
        if (options.output() != null) {
            String existing = Files.exists(options.output()) ? Files.readString(options.output()) : "";
            int start = existing.indexOf(Report.START);
            int end = existing.indexOf(Report.END);
            String text = start >= 0 && end > start
                    ? existing.substring(0, start) + markdown.strip() + existing.substring(end + Report.END.length())
                    : "# Benchmarks\n\n" + markdown;
            Files.writeString(options.output(), text, StandardCharsets.UTF_8);
            OUT.println("Wrote " + options.output());
        }
        System.exit(0);
    }

    private static void scale(LocalCloud cloud, Path root, Path java, Path launcherJar, FunctionDefinition scheduler,
            LocalDate day, Path workDir, Workloads workloads, Report report) throws Exception {
        OUT.printf("Scale: FollowUpScheduler for %s (child JVM), then ReminderSender drains the reminders queue ...%n", day);
        // Counted from an empty mailbox: the emulator returns its whole store at once, and the cold
        // starts' mails before these made that answer too slow to read.
        cloud.mailbox().clear();
        long started = System.currentTimeMillis();
        Instant at = day.atTime(LocalTime.of(7, 0)).atZone(WorkingDays.OSLO).toInstant();
        Timing timing = childRun(cloud, root, java, launcherJar, scheduler,
                List.of("type=scheduled", "time=" + at.toEpochMilli()), workDir);
        workloads.awaitDrained("RemindersQueue", Duration.ofMinutes(60));
        long total = System.currentTimeMillis() - started;
        int mails = cloud.mailbox().sent().size();
        report.scale = new Report.Scale(timing, total, mails);
        OUT.printf("  scheduler %d ms (peak heap %d MB), scheduler + all digests sent %d ms, %d e-mails%n",
                timing.toReturned(), timing.peakHeapBytes() / 1_000_000, total, mails);
    }

    /**
     * The scale data set: the directory and every placement after the first {@code --placement-events}
     * events are written with BatchWriteItem; the first placements' events go through the queue
     * (the placement-events throughput), and a sample of what the function stored there must equal
     * what the seeder builds for the same events.
     */
    private static void seedScaleData(LocalCloud cloud, Options options, LocalDate scaleDay, Workloads workloads,
            FunctionCalls calls, Report report) throws Exception {
        ScaleData data = ScaleData.generate(options.specialists(), options.placements(), scaleDay);
        ScaleSeeder seeder = new ScaleSeeder(cloud, 4);
        OUT.printf("Scale data: %d specialists' directory (%d items) with BatchWriteItem ...%n", options.specialists(),
                data.directory().size());
        report.directorySeed = seeder.seedDirectory(data.directory());
        int queued = data.placementsWithin(options.placementEvents());
        List<ScaleData.PlacementEvents> viaQueue = data.placements().subList(0, queued);
        List<InboundEvent> events = ScaleData.eventsOf(viaQueue);
        OUT.printf("Throughput: %d placement events (%d placements) through the placement-events queue ...%n",
                events.size(), queued);
        calls.reset();
        report.placementEvents = workloads.placementEvents(events, 4);
        calls.take("Placement events", events.size(), "events", report.placementEvents.millis()).ifPresent(report.calls::add);
        OUT.printf("  %.0f events/s%n", report.placementEvents.perSecond());
        OUT.printf("Scale data: the other %d placements with BatchWriteItem ...%n", data.placements().size() - queued);
        report.placementSeed = seeder.seedPlacements(data.placements().subList(queued, data.placements().size()));
        OUT.printf("  %.0f items/s (%d calls, %d retried unprocessed items)%n", report.placementSeed.perSecond(),
                report.placementSeed.calls(), report.placementSeed.retries());
        List<ScaleData.PlacementEvents> sample = new ArrayList<>();
        for (int i = 0; i < queued; i += Math.max(1, queued / SEED_CHECK_SAMPLE)) {
            sample.add(viaQueue.get(i));
        }
        report.seedCheckSample = sample.size();
        report.seedMismatches = seeder.mismatches(sample);
        OUT.printf("  seeded items equal the function's for %d of %d sampled placements%s%n",
                sample.size() - report.seedMismatches.size(), sample.size(),
                report.seedMismatches.isEmpty() ? "" : "; differing: " + report.seedMismatches);
    }

    /**
     * ReminderSender's peak heap at scale: one child JVM (one warm instance) sends the specialists'
     * digests for the next working day, in SQS batches of the template's size (10), one after another.
     * The messages are written by the production codec, as FollowUpScheduler writes them; the
     * in-process sender has finished the scale day by now, and this day is new to the reminders log.
     */
    private static void senderInChildJvm(LocalCloud cloud, Path root, Path java, Path launcherJar, FunctionDefinition sender,
            LocalDate day, int digests, Path workDir, Report report) {
        OUT.printf("Scale: ReminderSender (child JVM, one instance) sends %d specialists' digests for %s ...%n", digests, day);
        ReminderMessageCodec codec = new ReminderMessageCodec();
        Instant scheduledAt = day.atTime(LocalTime.of(7, 0)).atZone(WorkingDays.OSLO).toInstant();
        List<String> lines = new ArrayList<>();
        DynamoDbDirectory directory = new DynamoDbDirectory(cloud.dynamoDb(), cloud.tableName("DirectoryTable"));
        for (int s = 0; s < digests; s++) {
            if (s % REMINDER_BATCH == 0) {
                if (s > 0) {
                    lines.add("---");
                }
                lines.addAll(List.of("type=sqs", "arn=" + cloud.queueArn("RemindersQueue"), "region=" + LocalCloud.REGION));
            }
            // As the scheduler writes it: the recipient on the message, so the sender reads no directory.
            Person specialist = directory.find("scale-js-" + s).orElseThrow();
            lines.add("body=" + codec.write(new ReminderMessage(ReminderKind.SPECIALIST, specialist.personId(), day, scheduledAt)
                    .with(new Addressees(List.of(specialist), Set.of()))));
        }
        cloud.mailbox().clear();
        Timing timing = childRun(cloud, root, java, launcherJar, sender, lines, workDir);
        report.sender = new Report.Sender(timing, digests, cloud.mailbox().sent().size());
        OUT.printf("  %d ms, %d e-mails, peak heap %d MB%n", timing.toReturned(), report.sender.mails(),
                timing.peakHeapBytes() / 1_000_000);
    }

    /** The function's handler, cold, in a child JVM with its Lambda environment and flags (once per event); peak heap read after. */
    private static Timing childRun(LocalCloud cloud, Path root, Path java, Path launcherJar, FunctionDefinition function,
            List<String> event, Path workDir) {
        Map<String, String> env = new LinkedHashMap<>(cloud.functionEnvironment(function.logicalId()));
        env.remove("JAVA_TOOL_OPTIONS");
        List<String> flags = ColdStarts.flags(function.memoryMb());
        flags.add("-Dbench.peakHeap=true");
        return ChildJvm.run(java, flags, root.resolve(function.codeUri()) + ":" + launcherJar, function.handlerClass(),
                event, env, workDir, 900);
    }

    private static Seed seed(LocalCloud cloud, Path root) throws Exception {
        String chainId = "bench-chain";
        chainAdmin(cloud, root, "register", chainId, "Bench Chain");
        String secretText = chainAdmin(cloud, root, "issue-secret", chainId).lines()
                .flatMap(l -> List.of(l.trim().split("\\s+")).stream())
                .filter(t -> t.startsWith(WebhookSecret.PREFIX)).reduce((a, b) -> b).orElseThrow();
        WebhookSecret secret = WebhookSecret.parse(secretText);
        new DynamoDbCoordinators(cloud.dynamoDb(), cloud.tableName("CoordinatorsTable"))
                .save(new Coordinator("0301", "Bench Koordinator Oslo", "koordinator.oslo@bench.example"));
        WorkingDays workingDays = WorkingDays.norway();
        LocalDate today = WorkingDays.osloDate(Instant.now());
        LocalDate runDay = workingDays.isWorkingDay(today) ? today : workingDays.nextWorkingDay(today);
        String team = "bench-team";
        List<String> specialists = List.of("bench-js-1", "bench-js-2", "bench-js-3");
        List<InboundEvent> events = new ArrayList<>();
        events.add(new DirectoryEvent.TeamLeadUpserted(UUID.randomUUID().toString(), "bench-tl-1", team, "Bench Teamleder",
                "bench-tl@jobbstotte.example"));
        for (String s : specialists) {
            events.add(new DirectoryEvent.SpecialistUpserted(UUID.randomUUID().toString(), s, "Bench " + s,
                    s + "@jobbstotte.example", team, "bench-tl-1"));
        }
        for (int p = 0; p < 12; p++) {
            String specialist = specialists.get(p % specialists.size());
            Instant at = runDay.minusDays(10 + p * 5L).atTime(10, 0).atZone(WorkingDays.OSLO).toInstant();
            events.add(new PlacementEvent.Referred(new EventHeader(UUID.randomUUID().toString(), "bench-plc-" + p, specialist,
                    team, "0301", Optional.empty(), at)));
        }
        String queue = cloud.queueUrl("PlacementEventsQueue");
        for (InboundEvent event : events) {
            cloud.sqs().sendMessage(r -> r.queueUrl(queue).messageBody(PlacementEventJson.write(event)));
        }
        new Workloads(cloud).awaitDrained("PlacementEventsQueue", Duration.ofMinutes(2));
        return new Seed(chainId, secret, runDay, team, specialists,
                cloud.functionEnvironment("ReminderSenderFunction").getOrDefault("SENDER_ADDRESS", "paaminnelser@jobbstotte.example"),
                cloud.functionEnvironment("VolunteerSignupFunction").getOrDefault("SENDER_ADDRESS", "frivillig@jobbstotte.example"),
                Map.of());
    }

    /** The operator command from the deployable jar, as the demo runs it. */
    private static String chainAdmin(LocalCloud cloud, Path root, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", root.resolve("functions/agreements-api/target/agreements-api.jar").toString(),
                "no.jobbstotte.agreementsapi.admin.ChainAdmin"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(cloud.clientConfig().environment());
        builder.environment().put("CHAINS_TABLE", cloud.tableName("ChainsTable"));
        builder.environment().put("CHAIN_SIGNING_SECRET_ARN", cloud.secretArn("ChainSigningSecret"));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("ChainAdmin " + args[0] + " failed: " + output);
        }
        return output;
    }

    private static boolean hasClass(Path jar, String className) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.getEntry(className.replace('.', '/') + ".class") != null;
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
