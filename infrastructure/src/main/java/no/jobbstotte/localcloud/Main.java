package no.jobbstotte.localcloud;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import no.jobbstotte.localcloud.backend.EmbeddedBackend;
import no.jobbstotte.localcloud.demo.Demo;
import no.jobbstotte.localcloud.emulator.EmulatorPorts;
import no.jobbstotte.localcloud.events.LocalClock;
import no.jobbstotte.localcloud.runtime.HandlerLoader;
import no.jobbstotte.localcloud.template.TemplateException;

/**
 * {@code bin/local-cloud [--demo] [--exit] [--http-port N] [--sqs-port N] [--dynamodb-port N]
 * [--s3-port N] [--ses-port N] [--clock 2026-12-01T05:30:00Z]}: starts template.yaml on this
 * machine with each function from its deployable jar, prints the endpoints and, with --demo,
 * seeds demo data and runs one full cycle of every function.
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("local-cloud: " + e.getMessage());
            System.err.println(Options.USAGE);
            System.exit(2);
            return;
        }
        Path repoRoot = RepoRoot.find();
        LocalCloud cloud;
        try {
            cloud = LocalCloud.builder(repoRoot.resolve("template.yaml"),
                            () -> EmbeddedBackend.start(options.ports(), repoRoot))
                    .handlerLoader(HandlerLoader.deployableJars(repoRoot))
                    .clock(options.clock() == null ? LocalClock.system() : LocalClock.manual(options.clock()))
                    .httpPort(options.httpPort())
                    .staticSite(Banner.DASHBOARD_PATH, repoRoot.resolve("dashboard"))
                    .start();
        } catch (TemplateException e) {
            System.err.println("local-cloud: " + e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(() -> {
            System.out.println("Stopping the local cloud ...");
            cloud.close();
            stopped.countDown();
        }));
        System.out.println(Banner.of(cloud));
        int exitCode = 0;
        if (options.demo()) {
            exitCode = new Demo(cloud, System.out).run() ? 0 : 1;
        }
        if (options.exit()) {
            System.exit(exitCode);
        }
        System.out.println("Running. Press Ctrl-C to stop.");
        stopped.await();
    }

    record Options(boolean demo, boolean exit, int httpPort, EmulatorPorts ports, Instant clock) {
        static final String USAGE = "usage: bin/local-cloud [--demo] [--exit] [--http-port N] [--sqs-port N] "
                + "[--dynamodb-port N] [--s3-port N] [--ses-port N] [--clock ISO-INSTANT]";

        static Options parse(String[] args) {
            boolean demo = false;
            boolean exit = false;
            int http = 0;
            int sqs = 0;
            int dynamo = 0;
            int s3 = 0;
            int ses = 0;
            Instant clock = null;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--demo" -> demo = true;
                    case "--exit" -> exit = true;
                    case "--http-port" -> http = port(args, ++i);
                    case "--sqs-port" -> sqs = port(args, ++i);
                    case "--dynamodb-port" -> dynamo = port(args, ++i);
                    case "--s3-port" -> s3 = port(args, ++i);
                    case "--ses-port" -> ses = port(args, ++i);
                    case "--clock" -> clock = Instant.parse(value(args, ++i));
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            return new Options(demo, exit, http, new EmulatorPorts(sqs, dynamo, s3, ses), clock);
        }

        private static String value(String[] args, int i) {
            if (i >= args.length) {
                throw new IllegalArgumentException(args[i - 1] + " needs a value");
            }
            return args[i];
        }

        private static int port(String[] args, int i) {
            int port = Integer.parseInt(value(args, i));
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("not a port: " + port);
            }
            return port;
        }
    }
}
