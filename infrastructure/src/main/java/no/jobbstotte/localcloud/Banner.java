package no.jobbstotte.localcloud;

import java.nio.file.Path;
import java.util.stream.Collectors;
import no.jobbstotte.localcloud.emulator.EmbeddedEmulators;
import no.jobbstotte.localcloud.emulator.EmulatorEndpoints;

/** What a developer needs to talk to the running local cloud, printed once it is ready. */
final class Banner {

    private Banner() {}

    /** {@code logFile}: where the log lines go (see {@link LogFile}). */
    static String of(LocalCloud cloud, Path logFile) {
        EmulatorEndpoints e = cloud.endpoints();
        StringBuilder out = new StringBuilder();
        out.append(String.format("%nLocal cloud ready in %.1f s (%s), region %s%n",
                cloud.startupTime().toMillis() / 1000.0, cloud.backendName(), LocalCloud.REGION));
        out.append(cloud.iam().isPresent() ? "  IAM       each function's calls are checked against its role in template.yaml\n"
                : "  IAM       NOT enforced (--no-iam): functions may call what AWS would refuse\n");
        out.append("  Any credentials work, e.g.: export AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test AWS_DEFAULT_REGION=")
                .append(LocalCloud.REGION).append('\n');
        out.append(String.format("  SQS       %-28s aws --endpoint-url %s sqs list-queues%n", e.sqs(), e.sqs()));
        out.append(String.format("  DynamoDB  %-28s aws --endpoint-url %s dynamodb list-tables%n", e.dynamoDb(), e.dynamoDb()));
        out.append(String.format("  S3        %-28s aws --endpoint-url %s s3 ls%n", e.s3(), e.s3()));
        out.append(String.format("  SES v2    %-28s sent mail: %s/store%n", e.ses(), e.ses()));
        out.append(String.format("  Secrets   %-28s aws --endpoint-url %s secretsmanager describe-secret --secret-id <name>%n",
                e.secretsManager(), e.secretsManager()));
        out.append(String.format("  Logs      %s (functions, local cloud, ElasticMQ, S3Proxy; --logs shows them here)%n",
                logFile));
        out.append("            dynalite and the SES emulator: ").append(EmbeddedEmulators.LOG_FOLDER).append("/\n");
        out.append(String.format("  HTTP API  %s%n", cloud.httpApiUrl()));
        if (cloud.template().resource("StatisticsBucket").isPresent()) {
            out.append(String.format("  Dashboard %s%n", DashboardSite.url(cloud)));
        }
        if (cloud.template().resource("VolunteerSignupFunction").isPresent()) {
            out.append(String.format("  Sign-up   %s  (its e-mailed links point at VolunteerPublicBaseUrl)%n",
                    VolunteerSite.url(cloud)));
        }
        cloud.httpRoutes().forEach(r -> out.append("            ").append(r.routeKey()).append("  → ").append(r.functionId()).append('\n'));
        out.append("  Functions ").append(cloud.functions().isEmpty() ? "(none yet)"
                : String.join(", ", cloud.functions().keySet())).append('\n');
        if (!cloud.schedules().schedules().isEmpty()) {
            out.append("  Schedules ").append(cloud.schedules().schedules().stream()
                    .map(s -> s.name() + " " + s.expression().expression() + " " + s.zone())
                    .collect(Collectors.joining(", "))).append('\n');
        }
        return out.toString();
    }
}
