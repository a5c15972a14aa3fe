package no.jobbstotte.deliveryevents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import no.jobbstotte.localcloud.LocalCloud;
import no.jobbstotte.localcloud.alarms.AlarmStatus;
import no.jobbstotte.localcloud.testing.LocalCloudExtension;
import no.jobbstotte.shared.aws.ClientSupport;
import no.jobbstotte.shared.secret.ManagedSecret;
import no.jobbstotte.shared.table.maildelivery.DynamoDbMailDelivery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.NotFoundException;

/**
 * SES's mailbox simulator through the local cloud: a send with the configuration set → the event
 * SES documents → SNS envelope → MailDeliveryQueue → DeliveryEvents → MailDeliveryTable.
 */
class DeliveryEventsEndToEndTest {

    private static final String SIMULATOR = "@simulator.amazonses.com";

    @RegisterExtension
    static final LocalCloudExtension CLOUD = LocalCloudExtension.fromTemplate();

    private final LocalCloud cloud = CLOUD.cloud();
    private final SesV2Client ses = ClientSupport.build(SesV2Client.builder(), cloud.clientConfig(), "SESV2");
    /** MailConfigurationSet as the template names it on the local stack. */
    private final String configurationSet = "jobbstotte-local-mail";
    private final DynamoDbMailDelivery table = new DynamoDbMailDelivery(cloud.dynamoDb(), cloud.tableName("MailDeliveryTable"),
            new ManagedSecret(cloud.secretsManager(), cloud.secretArn("MailRecipientPepperSecret")));

    @Test
    void bounceComplaintAndSuppressionList_suppress_successAndOoto_doNot() {
        List<String> addresses = List.of("bounce" + SIMULATOR, "complaint" + SIMULATOR, "suppressionlist+js-1" + SIMULATOR,
                "success" + SIMULATOR, "ooto" + SIMULATOR, "someone@example.no");
        addresses.forEach(this::send);

        await().atMost(Duration.ofSeconds(30)).until(() -> items().size() == addresses.size()
                && table.suppressedAmong(addresses).size() == 3);
        assertThat(table.suppressedAmong(addresses)).containsExactlyInAnyOrder("bounce" + SIMULATOR,
                "complaint" + SIMULATOR, "suppressionlist+js-1" + SIMULATOR);
        assertThat(table.isSuppressed("BOUNCE" + SIMULATOR)).as("case is ignored").isTrue();
        assertThat(table.isSuppressed("success" + SIMULATOR)).isFalse();
        assertThat(items()).as("no address is stored").allSatisfy(item -> assertThat(item.toString()).doesNotContain("@"));
        assertThat(cloud.sqs().receiveMessage(r -> r.queueUrl(cloud.queueUrl("MailDeliveryDeadLetterQueue"))).messages()).isEmpty();
    }

    @Test
    void unknownConfigurationSet_isRefusedAsSesRefusesIt() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ses.sendEmail(r -> r.fromEmailAddress("a@jobbstotte.example")
                .configurationSetName("no-such-set").destination(d -> d.toAddresses("success" + SIMULATOR))
                .content(c -> c.simple(m -> m.subject(s -> s.data("x")).body(b -> b.text(t -> t.data("x")))))))
                .isInstanceOf(NotFoundException.class);
    }

    /**
     * The simulator's addresses do not count in the reputation metrics (as SES documents), so only
     * real recipients move the rate: here 19 delivered and one at a domain that cannot exist.
     */
    @Test
    void bounceRateAlarm_breachesAtFivePerCent_ofRecipientsOutsideTheSimulator() {
        for (int i = 0; i < 19; i++) {
            send("person-" + i + "@example.no");
        }
        send("bounce" + SIMULATOR);
        send("complaint" + SIMULATOR);
        assertThat(alarm("SesBounceRateAlarm").state()).as("the simulator does not count").isEqualTo(AlarmStatus.State.OK);
        assertThat(alarm("SesComplaintRateAlarm").state()).isEqualTo(AlarmStatus.State.OK);

        send("nobody@nowhere.invalid");

        assertThat(alarm("SesBounceRateAlarm")).satisfies(status -> {
            assertThat(status.state()).as("1 hard bounce in 20 is 5 %").isEqualTo(AlarmStatus.State.ALARM);
            assertThat(status.observed()).hasValue(0.05);
        });
        await().atMost(Duration.ofSeconds(30)).until(() -> table.isSuppressed("nobody@nowhere.invalid"));
    }

    private AlarmStatus alarm(String name) {
        return cloud.alarms().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
    }

    private void send(String to) {
        ses.sendEmail(r -> r.fromEmailAddress("paaminnelser@jobbstotte.example").configurationSetName(configurationSet)
                .destination(d -> d.toAddresses(to))
                .content(c -> c.simple(m -> m.subject(s -> s.data("Test")).body(b -> b.text(t -> t.data("Hei"))))));
    }

    private List<Map<String, AttributeValue>> items() {
        return cloud.dynamoDb().scan(r -> r.tableName(cloud.tableName("MailDeliveryTable")).consistentRead(true)).items();
    }
}
