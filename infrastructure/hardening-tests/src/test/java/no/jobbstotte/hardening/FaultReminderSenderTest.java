package no.jobbstotte.hardening;

import static no.jobbstotte.localcloud.testing.FaultProxy.bodyContains;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.jobbstotte.localcloud.LocalCloud;
import no.jobbstotte.localcloud.emulator.SentEmail;
import no.jobbstotte.localcloud.testing.FaultProxies;
import no.jobbstotte.localcloud.testing.FaultProxy;
import no.jobbstotte.localcloud.testing.LocalCloudExtension;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.sqs.model.Message;

/** ReminderSender under SES faults: a passing outage sends each digest once; a permanent rejection ends in the DLQ. */
@Order(72)
class FaultReminderSenderTest {

    @RegisterExtension
    static final LocalCloudExtension CLOUD = LocalCloudExtension.withFaultProxies();

    private static final String DATE = "2026-06-10";

    private final String team = "team-" + UUID.randomUUID();
    private final String lead = "lead-" + UUID.randomUUID();

    private LocalCloud cloud() {
        return CLOUD.cloud();
    }

    @Test
    void sesFailsForAWhile_thenRecovers_exactlyOneMailPerSpecialist() {
        List<String> specialists = List.of(specialist(), specialist(), specialist());
        FaultProxy ses = CLOUD.faults().ses();
        // The first specialist's send fails more often than the SDK retries (so SQS redelivers it);
        // every other send fails once, which the SDK rides out.
        var outlasting = ses.failNext(6, FaultProxies.SES_SEND_EMAIL.and(bodyContains(specialists.get(0))), 500,
                "InternalFailure");
        var once = ses.failNext(1, FaultProxies.SES_SEND_EMAIL, 503, "ServiceUnavailable");
        int logStart = FaultSupport.logMark();

        specialists.forEach(s -> send(s, specialists.indexOf(s) == 1 ? 2 : 1));

        await().atMost(FaultSupport.WAIT).until(() -> specialists.stream().allMatch(s -> !mailsTo(s).isEmpty()));
        FaultSupport.awaitDrained(cloud(), "RemindersQueue");
        List<Message> dead = FaultSupport.drainDeadLetters(cloud(), "RemindersDeadLetterQueue");
        int duplicates = specialists.stream().mapToInt(s -> mailsTo(s).size() - 1).sum();
        FaultSupport.count(4, cloud().mailbox().sent().size(), duplicates, 0, ses.injected());

        assertThat(outlasting.spent()).isTrue();
        assertThat(once.spent()).isTrue();
        assertThat(FaultSupport.logSince(logStart)).contains("message failed; it will be retried");
        assertThat(specialists).allSatisfy(s -> assertThat(mailsTo(s)).as("mails to %s", s).hasSize(1));
        assertThat(specialists).allSatisfy(s -> assertThat(logged(s).get("status").s()).isEqualTo("SENT"));
        assertThat(cloud().mailbox().sent()).hasSize(3);
        assertThat(dead).isEmpty();
    }

    @Test
    void sesRejectsTheMessagePermanently_deadLetteredAtOnceWithTheReason_andNoMail() {
        String rejected = specialist();
        String fine = specialist();
        FaultProxy ses = CLOUD.faults().ses();
        var rejection = ses.failUntilDisarmed(FaultProxies.SES_SEND_EMAIL.and(bodyContains(rejected)), 400,
                "MessageRejected");
        int logStart = FaultSupport.logMark();

        send(rejected, 1);
        send(fine, 1);

        List<Message> dead = await().atMost(FaultSupport.WAIT)
                .until(() -> FaultSupport.drainDeadLetters(cloud(), "RemindersDeadLetterQueue"), d -> !d.isEmpty());
        FaultSupport.awaitDrained(cloud(), "RemindersQueue");
        rejection.disarm();
        FaultSupport.count(2, 2, 0, 0, ses.injected());

        assertThat(dead).singleElement().satisfies(m -> {
            assertThat(m.body()).contains(rejected);
            assertThat(m.messageAttributes().get("RejectReason").stringValue()).contains("MessageRejected");
        });
        assertThat(mailsTo(rejected)).isEmpty();
        assertThat(mailsTo(fine)).hasSize(1);
        assertThat(logged(rejected).get("status")).as("the lease is given back, not marked SENT")
                .satisfiesAnyOf(s -> assertThat(s).isNull(), s -> assertThat(s.s()).isNotEqualTo("SENT"));
        String log = FaultSupport.logSince(logStart);
        assertThat(log).as("the reason is in the log").contains("MessageRejected");
        assertThat(rejection.struck()).as("a permanent refusal is not retried").isEqualTo(1);
    }

    private void send(String specialist, int copies) {
        String body = "{\"kind\":\"specialist\",\"recipientId\":\"" + specialist + "\",\"date\":\"" + DATE
                + "\",\"scheduledAt\":\"" + DATE + "T05:00:00Z\"}";
        for (int i = 0; i < copies; i++) {
            cloud().sqs().sendMessage(r -> r.queueUrl(cloud().queueUrl("RemindersQueue")).messageBody(body));
        }
    }

    private List<SentEmail> mailsTo(String personId) {
        return cloud().mailbox().sent().stream().filter(m -> m.to().contains(personId + "@nav.example")).toList();
    }

    private Map<String, AttributeValue> logged(String specialist) {
        return cloud().dynamoDb().getItem(b -> b.tableName(cloud().tableName("RemindersLogTable")).consistentRead(true)
                .key(Map.of("digestKey", AttributeValue.fromS("specialist#" + specialist + "#" + DATE)))).item();
    }

    private String specialist() {
        String personId = "js-" + UUID.randomUUID();
        Map<String, AttributeValue> person = new HashMap<>(Map.of(
                "personId", AttributeValue.fromS(personId), "role", AttributeValue.fromS("SPECIALIST"),
                "displayName", AttributeValue.fromS("Kari Nordmann"), "email", AttributeValue.fromS(personId + "@nav.example"),
                "teamId", AttributeValue.fromS(team), "active", AttributeValue.fromBool(true),
                "lastEventAt", AttributeValue.fromS("2026-01-01T00:00:00Z"),
                "lastEventId", AttributeValue.fromS(UUID.randomUUID().toString()),
                "teamLeadId", AttributeValue.fromS(lead)));
        cloud().dynamoDb().putItem(b -> b.tableName(cloud().tableName("DirectoryTable")).item(person));
        String placementId = "p-" + UUID.randomUUID();
        Map<String, AttributeValue> placement = new HashMap<>(Map.of(
                "placementId", AttributeValue.fromS(placementId), "specialistId", AttributeValue.fromS(personId),
                "teamId", AttributeValue.fromS(team), "municipalityNumber", AttributeValue.fromS("0301"),
                "phase", AttributeValue.fromS("TRIAL"), "paused", AttributeValue.fromBool(false),
                "state", AttributeValue.fromS("{}"), "revision", AttributeValue.fromN("1"),
                "activeSpecialistId", AttributeValue.fromS(personId),
                "dueKey", AttributeValue.fromS(DATE + "#" + placementId)));
        placement.put("dueShard", AttributeValue.fromS("0")); // any shard: the scheduler reads them all
        placement.put("participantDue", AttributeValue.fromS(DATE));
        placement.put("participantDueReason", AttributeValue.fromS("utprøving"));
        cloud().dynamoDb().putItem(b -> b.tableName(cloud().tableName("PlacementsTable")).item(placement));
        return personId;
    }
}
