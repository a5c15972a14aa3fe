package no.jobbstotte.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.jobbstotte.localcloud.RepoRoot;
import no.jobbstotte.localcloud.template.Resource;
import no.jobbstotte.localcloud.template.Template;
import no.jobbstotte.shared.aws.ClientSupport;
import no.jobbstotte.shared.config.RuntimeConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The README's main job, `bin/local-cloud --demo`, run as a developer runs it: every function from
 * its deployable jar in its own class loader, each function's AWS calls checked against its role,
 * demo data through the real event sources, one full cycle, after which every alarm of the
 * template is OK. The console has the banner, the demo's progress and summary and the alarm
 * table, and no log line; the functions' log lines go to the file the banner names. Stopping it,
 * at the end of --exit or with SIGTERM (what Ctrl-C amounts to) while its pollers work their
 * queues, stops them before the emulators, so nothing logs an ERROR.
 */
class LocalCloudConsoleTest {

    @TempDir
    Path logs;

    @Test
    void demoThenExit_consoleHasTheDemoAndNoLogLine_andTheLogFileHasTheFunctionsLines() throws Exception {
        Path logFile = logs.resolve("functions.log");

        String console;
        int exitCode;
        try (LocalCloudProcess localCloud = LocalCloudProcess.start("--demo", "--exit", "--log-file", logFile.toString())) {
            exitCode = localCloud.awaitExit(Duration.ofMinutes(10));
            console = localCloud.console();
        }
        assertThat(exitCode).as(console).isZero();
        assertThat(console).contains("Local cloud ready", "  Logs      " + logFile, "Demo finished: 5 step(s), all succeeded.",
                "== Alarms in template.yaml", "Stopping the local cloud ...");
        assertThat(console.lines()).as(console).noneMatch(line -> line.startsWith("{"));
        // IAM is enforced by default, and not one function's call was refused by its role.
        Matcher iam = Pattern.compile("== IAM: (\\d+) calls by functions checked against their roles in template.yaml,"
                + " 0 refused\\.").matcher(console);
        assertThat(iam.find()).as(console).isTrue();
        assertThat(Integer.parseInt(iam.group(1))).as("calls checked").isGreaterThan(100);
        Matcher alarms = Pattern.compile("Alarms: (\\d+) OK, 0 in ALARM, 0 not evaluable locally\\.").matcher(console);
        assertThat(alarms.find()).as(console).isTrue();
        assertThat(Integer.parseInt(alarms.group(1))).as("alarms of the template, all OK").isPositive();
        assertThat(console).as("both public pages").containsPattern("   Dashboard  http://\\S+")
                .containsPattern("   Sign-up    http://\\S+")
                .containsPattern("marked done through its link \\(page 200, button 200\\)").contains("no longer lists it");
        assertThat(console).doesNotContain("ERROR");
        String logged = Files.readString(logFile);
        assertThat(logged).doesNotContain("\"level\":\"ERROR\"");
        // Lines the functions log from inside their own class loaders, and the local cloud's about each of them.
        assertThat(logged).contains("agreement version synced", "digest sent", "volunteer signed up", "statistics published");
        List<String> initialised = logged.lines().filter(line -> line.contains("function instance initialised")).toList();
        assertThat(functions()).allSatisfy(function ->
                assertThat(initialised).anyMatch(line -> line.contains("\"function\":\"" + function + "\"")));
    }

    @Test
    void sigterm_whilePollersWaitOnTheirQueues_stopsWithoutAnError() throws Exception {
        Path logFile = logs.resolve("functions.log");
        String console;
        int sqsPort = freePort();
        try (LocalCloudProcess localCloud = LocalCloudProcess.start("--log-file", logFile.toString(),
                "--sqs-port", Integer.toString(sqsPort))) {
            assertThat(localCloud.awaitLine("Running. Press Ctrl-C to stop.", Duration.ofMinutes(5)))
                    .as(localCloud.console()).isTrue();
            // The pollers are at work once one of them has handed a message to its function: a body
            // that is no event, which the function rejects to its dead-letter queue with a WARN.
            try (SqsClient sqs = ClientSupport.build(SqsClient.builder(), RuntimeConfig.of(Map.of("AWS_REGION", "eu-north-1",
                    "AWS_ACCESS_KEY_ID", "test", "AWS_SECRET_ACCESS_KEY", "test",
                    "AWS_ENDPOINT_URL_SQS", "http://127.0.0.1:" + sqsPort)), "SQS")) {
                String queue = sqs.listQueues().queueUrls().stream().filter(url -> url.endsWith("-placement-events"))
                        .findFirst().orElseThrow();
                sqs.sendMessage(b -> b.queueUrl(queue).messageBody("{}"));
            }
            await().atMost(Duration.ofMinutes(1))
                    .until(() -> Files.readString(logFile).contains("message rejected to the dead-letter queue"));

            localCloud.stop();

            localCloud.awaitExit(Duration.ofMinutes(1));
            console = localCloud.console();
        }
        assertThat(console).contains("Stopping the local cloud ...").doesNotContain("ERROR");
        assertThat(Files.readString(logFile)).as(console).contains("\"level\":\"INFO\"")
                .doesNotContain("\"level\":\"ERROR\"");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The template's functions: each runs some time during the demo. */
    private static List<String> functions() {
        return Template.read(RepoRoot.find().resolve("template.yaml")).ofType(Template.FUNCTION).stream()
                .map(Resource::logicalId).toList();
    }
}
