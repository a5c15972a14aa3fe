package no.jobbstotte.localcloud;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import no.jobbstotte.localcloud.backend.EmbeddedBackend;
import no.jobbstotte.localcloud.demo.Demo;
import no.jobbstotte.localcloud.emulator.EmulatorPorts;
import no.jobbstotte.localcloud.emulator.StopOnExit;
import no.jobbstotte.localcloud.events.LocalClock;
import no.jobbstotte.localcloud.runtime.HandlerLoader;
import no.jobbstotte.localcloud.template.TemplateException;

/**
 * {@code bin/local-cloud [--demo] [--exit] [--logs] [--no-iam] [--log-file FILE] [--http-port N] [--sqs-port N]
 * [--dynamodb-port N] [--s3-port N] [--ses-port N] [--secretsmanager-port N]
 * [--clock 2026-12-01T05:30:00Z]}: starts
 * template.yaml on this machine with each function from its deployable jar, prints the endpoints
 * and, with --demo, seeds demo data and runs one full cycle of every function. Log lines go to a
 * file ({@link LogFile}); --logs shows them on the console too. Every function's AWS call is
 * checked against its role in the template unless --no-iam says otherwise.
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
        Path logFile = repoRoot.resolve(options.logFile() == null ? LogFile.DEFAULT : options.logFile());
        PrintStream console = LogFile.install(logFile, options.logs());
        LocalCloud cloud;
        try {
            cloud = LocalCloud.builder(repoRoot.resolve("template.yaml"),
                            () -> EmbeddedBackend.start(options.ports(), repoRoot))
                    .handlerLoader(HandlerLoader.deployableJars(repoRoot))
                    .clock(options.clock() == null ? LocalClock.system() : LocalClock.manual(options.clock()))
                    .httpPort(options.httpPort())
                    .staticSite(DashboardSite.PATH, repoRoot.resolve(DashboardSite.FOLDER))
                    .staticSite(VolunteerSite.PATH, repoRoot.resolve(VolunteerSite.FOLDER))
                    .iamEnforcement(!options.noIam())
                    .start();
        } catch (TemplateException e) {
            System.err.println("local-cloud: " + e.getMessage());
            System.exit(1);
            return;
        }
        // Registered last, so it runs first on Ctrl-C: the cloud and then the emulators stop after it.
        StopOnExit.register(() -> console.println("Stopping the local cloud ..."));
        console.println(Banner.of(cloud, shown(repoRoot, logFile)));
        int exitCode = 0;
        if (options.demo()) {
            exitCode = new Demo(cloud, console).run() ? 0 : 1;
        }
        if (options.exit()) {
            // What Ctrl-C does, but before the JVM's exit, while the emulators can still stop as usual.
            StopOnExit.stopAll();
            System.exit(exitCode);
        }
        console.println("Running. Press Ctrl-C to stop.");
        // Until Ctrl-C or SIGTERM: the JVM's exit then runs StopOnExit.
        new CountDownLatch(1).await();
    }

    /** The log file as a developer in the repository would type it. */
    private static Path shown(Path repoRoot, Path logFile) {
        return logFile.startsWith(repoRoot) ? repoRoot.relativize(logFile) : logFile;
    }

    record Options(boolean demo, boolean exit, boolean logs, boolean noIam, Path logFile, int httpPort,
            EmulatorPorts ports, Instant clock) {
        static final String USAGE = "usage: bin/local-cloud [--demo] [--exit] [--logs] [--no-iam] [--log-file FILE] [--http-port N] "
                + "[--sqs-port N] [--dynamodb-port N] [--s3-port N] [--ses-port N] [--secretsmanager-port N] [--clock ISO-INSTANT]";

        static Options parse(String[] args) {
            boolean demo = false;
            boolean exit = false;
            boolean logs = false;
            boolean noIam = false;
            Path logFile = null;
            int http = 0;
            int sqs = 0;
            int dynamo = 0;
            int s3 = 0;
            int ses = 0;
            int secretsManager = 0;
            Instant clock = null;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--demo" -> demo = true;
                    case "--exit" -> exit = true;
                    case "--logs" -> logs = true;
                    case "--no-iam" -> noIam = true;
                    case "--log-file" -> logFile = Path.of(value(args, ++i));
                    case "--http-port" -> http = port(args, ++i);
                    case "--sqs-port" -> sqs = port(args, ++i);
                    case "--dynamodb-port" -> dynamo = port(args, ++i);
                    case "--s3-port" -> s3 = port(args, ++i);
                    case "--ses-port" -> ses = port(args, ++i);
                    case "--secretsmanager-port" -> secretsManager = port(args, ++i);
                    case "--clock" -> clock = Instant.parse(value(args, ++i));
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            return new Options(demo, exit, logs, noIam, logFile, http,
                    new EmulatorPorts(sqs, dynamo, s3, ses, secretsManager), clock);
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
