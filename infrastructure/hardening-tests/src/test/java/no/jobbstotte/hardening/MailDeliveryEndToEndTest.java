package no.jobbstotte.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.jobbstotte.localcloud.LocalCloud;
import no.jobbstotte.localcloud.emulator.SentEmail;
import no.jobbstotte.localcloud.testing.LocalCloudExtension;
import no.jobbstotte.shared.followup.event.DirectoryEvent;
import no.jobbstotte.shared.secret.ManagedSecret;
import no.jobbstotte.shared.table.directory.DynamoDbDirectoryRepository;
import no.jobbstotte.shared.table.maildelivery.DynamoDbMailDelivery;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Bounces and complaints end to end (issue #17, item 1), through SES's mailbox simulator on the
 * local cloud: the morning digest goes out, SES reports what happened to it over the configuration
 * set, SNS and MailDeliveryQueue, DeliveryEvents records it, and the next morning nothing goes to
 * the address while the team lead is told. A volunteer whose confirmation bounced gets nothing more.
 */
@Order(78)
class MailDeliveryEndToEndTest {

    private static final String SIMULATOR = "@simulator.amazonses.com";
    private static final Instant WEDNESDAY = FollowUpSeed.MORNING;
    private static final Instant THURSDAY = WEDNESDAY.plus(Duration.ofDays(1));

    @RegisterExtension
    static final LocalCloudExtension CLOUD = LocalCloudExtension.fromTemplate();

    private final LocalCloud cloud = CLOUD.cloud();
    private final FollowUpSeed seed = new FollowUpSeed(cloud);
    private final DynamoDbDirectoryRepository directory =
            new DynamoDbDirectoryRepository(cloud.dynamoDb(), cloud.tableName("DirectoryTable"));
    private final DynamoDbMailDelivery deliveries = new DynamoDbMailDelivery(cloud.dynamoDb(),
            cloud.tableName("MailDeliveryTable"), new ManagedSecret(cloud.secretsManager(), cloud.secretArn("MailRecipientPepperSecret")));
    private final String team = "t-" + UUID.randomUUID();
    private final String lead = "tl-" + UUID.randomUUID();

    @Test
    void bounce_suppressesTheAddress_andTheTeamLeadIsToldInTheNextDigest() {
        String bouncing = "bounce+" + UUID.randomUUID() + SIMULATOR;
        String fine = "success+" + UUID.randomUUID() + SIMULATOR;
        seed.teamLead(lead, team);
        specialist("js-bounce", bouncing);
        specialist("js-fine", fine);

        cloud.schedules().fireAt("FollowUpSchedulerFunction", WEDNESDAY);
        await().atMost(FaultSupport.WAIT).until(() -> mailsTo(bouncing).size() == 1 && mailsTo(fine).size() == 1
                && remindersDrained());
        await().atMost(FaultSupport.WAIT).until(() -> deliveries.isSuppressed(bouncing));
        assertThat(deliveries.isSuppressed(fine)).isFalse();
        // The bounce comes back within the run, so Wednesday's team digest may already tell; Thursday's must.
        int leadMailsBefore = mailsTo(FollowUpSeed.email(lead)).size();

        cloud.schedules().fireAt("FollowUpSchedulerFunction", THURSDAY);

        SentEmail teamDigest = await().atMost(FaultSupport.WAIT).until(() -> mailsTo(FollowUpSeed.email(lead)),
                mails -> mails.size() > leadMailsBefore).getLast();
        assertThat(teamDigest.subject()).contains("e-post som ikke kommer fram");
        assertThat(teamDigest.text()).contains("E-post som ikke kommer fram", "Jobbspesialist js-bounce-" + team + " (" + bouncing + ")")
                .doesNotContain(fine);
        await().atMost(FaultSupport.WAIT).until(() -> mailsTo(fine).size() == 2);
        assertThat(mailsTo(bouncing)).as("no second digest to a bouncing address").hasSize(1);
        assertNoDeadLetters();
    }

    @Test
    void complaint_suppressesTheAddress_soTheNextDigestIsNotSent() {
        String complaining = "complaint+" + UUID.randomUUID() + SIMULATOR;
        seed.teamLead(lead, team);
        specialist("js-complaint", complaining);

        cloud.schedules().fireAt("FollowUpSchedulerFunction", WEDNESDAY);
        await().atMost(FaultSupport.WAIT).until(() -> deliveries.isSuppressed(complaining));
        assertThat(mailsTo(complaining)).hasSize(1);

        cloud.schedules().fireAt("FollowUpSchedulerFunction", THURSDAY);
        await().atMost(FaultSupport.WAIT).until(() -> !mailsTo(FollowUpSeed.email(lead)).isEmpty());
        assertThat(mailsTo(complaining)).as("no second digest after a complaint").hasSize(1);
        assertNoDeadLetters();
    }

    @Test
    void volunteerWhoseConfirmationBounced_getsNoFurtherMail_andIsNeverCounted() {
        String bouncing = "bounce+" + UUID.randomUUID().toString().substring(0, 8) + SIMULATOR;
        signUp(bouncing);
        await().atMost(FaultSupport.WAIT).until(() -> deliveries.isSuppressed(bouncing));
        assertThat(mailsTo(bouncing)).hasSize(1);

        signUp(bouncing);

        assertThat(mailsTo(bouncing)).as("the second sign-up mails nothing").hasSize(1);
        assertThat(cloud.dynamoDb().scan(r -> r.tableName(cloud.tableName("VolunteerCountsTable"))).items()).isEmpty();
        assertNoDeadLetters();
    }

    /** A specialist of the team with {@code address}, and a follow-up due by Wednesday morning. */
    private void specialist(String name, String address) {
        String id = name + "-" + team;
        directory.upsertSpecialist(new DirectoryEvent.SpecialistUpserted("d-" + id, id, "Jobbspesialist " + id, address,
                team, lead), WEDNESDAY.minus(Duration.ofDays(30)));
        seed.placement(FollowUpSeed.dueByMorning("p-" + id, id, team));
    }

    private void signUp(String email) {
        ObjectNode body = Fixtures.signup("Kari Nordmann", email, "+4791234567");
        assertThat(Http.send(Http.request(cloud, "/v1/volunteers").header("Content-Type", "application/json")
                .header("X-Forwarded-For", Http.randomIp()).POST(HttpRequest.BodyPublishers.ofString(body.toString())))
                .statusCode()).isEqualTo(202);
    }

    private List<SentEmail> mailsTo(String address) {
        return cloud.mailbox().sent().stream().filter(m -> m.to().contains(address)).toList();
    }

    private boolean remindersDrained() {
        return cloud.sqs().getQueueAttributes(r -> r.queueUrl(cloud.queueUrl("RemindersQueue"))
                .attributeNamesWithStrings("ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible"))
                .attributesAsStrings().values().stream().allMatch("0"::equals);
    }

    private void assertNoDeadLetters() {
        for (String dlq : List.of("MailDeliveryDeadLetterQueue", "RemindersDeadLetterQueue")) {
            assertThat(cloud.sqs().receiveMessage(r -> r.queueUrl(cloud.queueUrl(dlq))).messages()).as(dlq).isEmpty();
        }
    }
}
