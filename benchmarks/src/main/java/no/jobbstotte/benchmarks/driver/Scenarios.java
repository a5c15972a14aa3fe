package no.jobbstotte.benchmarks.driver;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntFunction;
import no.jobbstotte.agreementsapi.webhook.WebhookSecret;
import no.jobbstotte.agreementsapi.webhook.WebhookSigner;
import no.jobbstotte.localcloud.LocalCloud;
import no.jobbstotte.shared.followup.WorkingDays;
import no.jobbstotte.shared.followup.event.EventHeader;
import no.jobbstotte.shared.followup.event.PlacementEvent;
import no.jobbstotte.shared.followup.event.PlacementEventJson;
import no.jobbstotte.shared.followup.reminders.Addressees;
import no.jobbstotte.shared.followup.reminders.ReminderKind;
import no.jobbstotte.shared.followup.reminders.ReminderMessage;
import no.jobbstotte.shared.followup.reminders.ReminderMessageCodec;
import no.jobbstotte.shared.table.directory.DynamoDbDirectory;
import no.jobbstotte.shared.table.directory.Person;

/**
 * For each function: the one invocation a cold start is measured with (a fresh event per run, so
 * idempotency and replay protection do not shorten later runs), and the AWS calls its SDK floor
 * makes.
 */
final class Scenarios {

    /** One function's cold-start scenario; {@code event} gives the event-file lines of run n. */
    record Scenario(String functionId, String floorCalls, IntFunction<List<String>> event) {}

    private Scenarios() {}

    static List<Scenario> all(LocalCloud cloud, Seed seed) {
        List<Scenario> list = new ArrayList<>();
        String region = LocalCloud.REGION;
        Instant sevenOClock = seed.runDay().atTime(LocalTime.of(7, 0)).atZone(WorkingDays.OSLO).toInstant();

        list.add(new Scenario("AgreementsApiFunction",
                "ddb|" + cloud.tableName("RequestLogTable") + "|pk;ddb|" + cloud.tableName("AgreementsTable") + "|chainId|sk;sqs|"
                        + cloud.queueUrl("AgreementsQueue"),
                n -> {
                    String body = "{\"items\":[" + agreementJson(null, "bench-api-" + n, 1) + "]}";
                    String id = "msg_" + UUID.randomUUID();
                    String timestamp = String.valueOf(Instant.now().getEpochSecond());
                    String signature = WebhookSigner.signatureHeader(id, timestamp, body.getBytes(StandardCharsets.UTF_8),
                            List.of(seed.chainSecret()));
                    return List.of("type=http", "method=POST", "path=/v1/chains/" + seed.chainId() + "/agreements",
                            "routeKey=POST /v1/chains/{chainId}/agreements", "path.chainId=" + seed.chainId(),
                            "header.content-type=application/json", "header.webhook-id=" + id,
                            "header.webhook-timestamp=" + timestamp, "header.webhook-signature=" + signature,
                            "header.idempotency-key=" + UUID.randomUUID(), "body=" + body);
                }));

        list.add(new Scenario("AgreementsSyncFunction",
                "ddb|" + cloud.tableName("AgreementsTable") + "|chainId|sk",
                n -> List.of("type=sqs", "arn=" + cloud.queueArn("AgreementsQueue"), "region=" + region,
                        "attr.MessageGroupId=" + seed.chainId() + "#bench-sync-" + n,
                        "body={\"agreement\":" + agreementJson(seed.chainId(), "bench-sync-" + n, 1)
                                + ",\"requestId\":\"bench-" + n + "\",\"acceptedAt\":\"" + Instant.now() + "\"}")));

        list.add(new Scenario("PlacementEventsFunction",
                "ddb|" + cloud.tableName("PlacementsTable") + "|placementId",
                n -> List.of("type=sqs", "arn=" + cloud.queueArn("PlacementEventsQueue"), "region=" + region,
                        "body=" + PlacementEventJson.write(new PlacementEvent.Referred(new EventHeader(
                                UUID.randomUUID().toString(), "plc-bench-cold-" + n, seed.specialists().get(0), seed.teamId(),
                                "0301", Optional.empty(), Instant.now().minusSeconds(3600)))))));

        list.add(new Scenario("FollowUpSchedulerFunction",
                "ddbscan|" + cloud.tableName("DirectoryTable") + ";ddbput|" + cloud.tableName("RemindersLogTable") + "|digestKey;sqs|"
                        + cloud.queueUrl("RemindersQueue"),
                n -> List.of("type=scheduled", "region=" + region, "time=" + sevenOClock.toEpochMilli())));

        DynamoDbDirectory directory = new DynamoDbDirectory(cloud.dynamoDb(), cloud.tableName("DirectoryTable"));
        list.add(new Scenario("ReminderSenderFunction",
                "ddbget|" + cloud.tableName("RemindersLogTable") + "|digestKey;ddbupdate|" + cloud.tableName("RemindersLogTable")
                        + "|digestKey;ses|" + seed.reminderSender(),
                n -> {
                    // A new (recipient, day) per run: the reminders log makes a repeat a no-op.
                    String specialist = seed.specialists().get(n % seed.specialists().size());
                    LocalDate day = seed.runDay().plusDays(1 + n);
                    Instant at = day.atTime(LocalTime.of(7, 0)).atZone(WorkingDays.OSLO).toInstant();
                    // As FollowUpScheduler writes it: the addressee on the message, so no directory read.
                    Person person = directory.find(specialist).orElseThrow();
                    return List.of("type=sqs", "arn=" + cloud.queueArn("RemindersQueue"), "region=" + region,
                            "body=" + new ReminderMessageCodec().write(new ReminderMessage(ReminderKind.SPECIALIST, specialist, day, at)
                                    .with(new Addressees(List.of(person), Set.of()))));
                }));

        list.add(new Scenario("VolunteerSignupFunction",
                "ddb|" + cloud.tableName("VolunteersTable") + "|pk;ses|" + seed.volunteerSender(),
                n -> List.of("type=http", "method=POST", "path=/v1/volunteers", "routeKey=POST /v1/volunteers",
                        "header.content-type=application/x-www-form-urlencoded", "header.accept=text/html",
                        "sourceIp=10.0." + (n / 250) + "." + (n % 250 + 1),
                        "body=name=Bench+Frivillig+" + n + "&email=bench" + n + "-" + System.nanoTime()
                                + "%40demo.example&phone=912+34+567&municipalityNumber=0301"
                                + "&interests=social-evenings&availability=weekends&consent=frivillig-samtykke-v1")));

        list.add(new Scenario("VolunteerDigestFunction",
                "ddbget|" + cloud.tableName("CoordinatorsTable") + "|municipalityNumber;ses|" + seed.volunteerSender(),
                n -> List.of("type=scheduled", "region=" + region, "time="
                        + seed.runDay().plusDays(n).atTime(LocalTime.of(8, 0)).atZone(WorkingDays.OSLO).toInstant().toEpochMilli())));

        list.add(new Scenario("DeliveryEventsFunction",
                "ddbupdate|" + cloud.tableName("MailDeliveryTable") + "|recipientKey",
                n -> List.of("type=sqs", "arn=" + cloud.queueArn("MailDeliveryQueue"), "region=" + region,
                        "body=" + deliveryNotification("bench-" + n + "@demo.example"))));

        list.add(new Scenario("StatisticsPublisherFunction",
                "ddbscan|" + cloud.tableName("PlacementsTable") + ";s3|" + cloud.bucketName("StatisticsBucket")
                        + "|stats/v1/bench-floor/floor.json",
                n -> List.of("type=scheduled", "region=" + region, "time=" + Instant.now().toEpochMilli())));
        return list;
    }

    /** A Delivery event for one recipient as SES publishes it, in the SNS envelope the queue receives. */
    static String deliveryNotification(String recipient) {
        String event = "{\"eventType\":\"Delivery\",\"mail\":{\"timestamp\":\"" + Instant.now() + "\",\"messageId\":\""
                + UUID.randomUUID() + "\",\"destination\":[\"" + recipient + "\"]},\"delivery\":{\"timestamp\":\""
                + Instant.now() + "\",\"recipients\":[\"" + recipient + "\"]}}";
        return "{\"Type\":\"Notification\",\"MessageId\":\"" + UUID.randomUUID() + "\",\"Message\":\""
                + event.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
    }

    static String agreementJson(String chainId, String agreementId, int version) {
        return "{" + (chainId == null ? "" : "\"chainId\":\"" + chainId + "\",")
                + "\"agreementId\":\"" + agreementId + "\",\"version\":" + version
                + ",\"type\":\"local\",\"employerOrgNumber\":\"" + Seed.ORG_NUMBER + "\",\"unitName\":\"Bench enhet\""
                + ",\"municipalityNumber\":\"0301\",\"validFrom\":\"2026-01-01\",\"adaptedPositions\":2"
                + ",\"contactRole\":\"butikksjef\",\"status\":\"active\"}";
    }

    /** What the cold-start scenarios rely on, seeded once. */
    record Seed(String chainId, WebhookSecret chainSecret, LocalDate runDay, String teamId, List<String> specialists,
            String reminderSender, String volunteerSender, Map<String, String> notes) {
        static final String ORG_NUMBER = no.jobbstotte.shared.domain.OrganisationNumber.generate(new java.util.Random(1)).value();
    }
}
