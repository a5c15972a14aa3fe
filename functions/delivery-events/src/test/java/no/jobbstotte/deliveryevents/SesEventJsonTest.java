package no.jobbstotte.deliveryevents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import no.jobbstotte.shared.batch.InvalidMessageException;
import no.jobbstotte.shared.table.maildelivery.DeliveryOutcome;
import no.jobbstotte.shared.table.maildelivery.DeliveryOutcome.Kind;
import org.junit.jupiter.api.Test;

/** The documented SES event shapes, inside the SNS envelope, read into what each recipient's item records. */
class SesEventJsonTest {

    private static final String MAIL = "\"mail\":{\"timestamp\":\"2026-06-10T05:00:00.000Z\",\"source\":\"a@jobbstotte.example\","
            + "\"messageId\":\"m-1\",\"destination\":[\"x@example.no\",\"y@example.no\"]}";

    @Test
    void permanentBounce_isAHardBouncePerBouncedRecipient_atTheBouncesTime() {
        SesEvent event = parse("{\"eventType\":\"Bounce\",\"bounce\":{\"bounceType\":\"Permanent\",\"bounceSubType\":"
                + "\"OnAccountSuppressionList\",\"bouncedRecipients\":[{\"emailAddress\":\"x@example.no\",\"status\":\"5.1.1\"}],"
                + "\"timestamp\":\"2026-06-10T05:00:02.000Z\"}," + MAIL + "}");

        assertThat(event.sesMessageId()).isEqualTo("m-1");
        assertThat(event.outcomes()).containsExactly(new DeliveryOutcome("x@example.no", Kind.HARD_BOUNCE,
                Instant.parse("2026-06-10T05:00:02Z"), "Permanent/OnAccountSuppressionList"));
    }

    @Test
    void transientBounce_delivery_delay_reject_doNotSuppress() {
        assertThat(parse("{\"eventType\":\"Bounce\",\"bounce\":{\"bounceType\":\"Transient\",\"bounceSubType\":\"MailboxFull\","
                + "\"bouncedRecipients\":[{\"emailAddress\":\"x@example.no\"}]}," + MAIL + "}").outcomes())
                .singleElement().extracting(DeliveryOutcome::kind).isEqualTo(Kind.SOFT_BOUNCE);
        assertThat(parse("{\"eventType\":\"Delivery\",\"delivery\":{\"recipients\":[\"y@example.no\"]}," + MAIL + "}")
                .outcomes()).singleElement().satisfies(o -> {
                    assertThat(o.kind()).isEqualTo(Kind.DELIVERED);
                    assertThat(o.at()).isEqualTo(Instant.parse("2026-06-10T05:00:00Z"));
                });
        assertThat(parse("{\"eventType\":\"DeliveryDelay\",\"deliveryDelay\":{\"delayType\":\"MailboxFull\","
                + "\"delayedRecipients\":[{\"emailAddress\":\"y@example.no\"}]}," + MAIL + "}").outcomes())
                .extracting(DeliveryOutcome::kind).containsExactly(Kind.DELAYED);
        assertThat(parse("{\"eventType\":\"Reject\",\"reject\":{\"reason\":\"Bad content\"}," + MAIL + "}").outcomes())
                .extracting(DeliveryOutcome::kind).containsExactly(Kind.REJECTED, Kind.REJECTED);
        assertThat(Kind.values()).filteredOn(Kind::suppresses).containsExactly(Kind.HARD_BOUNCE, Kind.COMPLAINT);
    }

    @Test
    void complaint_suppressesEachComplainedRecipient() {
        assertThat(parse("{\"eventType\":\"Complaint\",\"complaint\":{\"complainedRecipients\":[{\"emailAddress\":"
                + "\"y@example.no\"}],\"complaintFeedbackType\":\"abuse\"}," + MAIL + "}").outcomes())
                .singleElement().satisfies(o -> {
                    assertThat(o.kind()).isEqualTo(Kind.COMPLAINT);
                    assertThat(o.detail()).isEqualTo("abuse");
                });
    }

    @Test
    void typesNotSubscribedTo_areValidButRecordNothing() {
        assertThat(parse("{\"eventType\":\"Open\",\"open\":{}," + MAIL + "}").outcomes()).isEmpty();
    }

    @Test
    void malformed_isRefusedWithAReasonThatQuotesNoAddress() {
        assertThatThrownBy(() -> SesEventJson.parse("not json")).isInstanceOf(InvalidMessageException.class)
                .hasMessage("the SNS notification is not valid JSON");
        assertThatThrownBy(() -> SesEventJson.parse("{\"Type\":\"SubscriptionConfirmation\"}"))
                .hasMessage("not an SNS Notification (field Type)");
        assertThatThrownBy(() -> parse("{\"eventType\":\"Bounce\",\"bounce\":{\"bounceType\":\"Permanent\","
                + "\"bouncedRecipients\":[{\"emailAddress\":\"secret person\"}]}," + MAIL + "}"))
                .hasMessage("bounce.bouncedRecipients holds something that is not an e-mail address");
        assertThatThrownBy(() -> parse("{\"eventType\":\"Bounce\",\"bounce\":{\"bounceType\":\"Sideways\"," + MAIL + "}"))
                .isInstanceOf(InvalidMessageException.class);
        assertThatThrownBy(() -> parse("{\"eventType\":\"Delivery\",\"delivery\":{\"recipients\":[]},\"mail\":{"
                + "\"timestamp\":\"yesterday\",\"messageId\":\"m\"}}")).hasMessage("mail.timestamp is not an ISO-8601 instant");
        assertThatThrownBy(() -> parse("{\"eventType\":\"Teleport\"," + MAIL + "}")).hasMessage("unknown eventType (field eventType)");
    }

    private static SesEvent parse(String sesEvent) {
        return SesEventJson.parse(SesEventJson.envelope(sesEvent));
    }
}
