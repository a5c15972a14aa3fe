package no.jobbstotte.localcloud.ses;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import no.jobbstotte.shared.json.Json;
import org.junit.jupiter.api.Test;

/** The mailbox simulator's outcomes, and the event and envelope in the shapes SES and SNS document. */
class SesEventRecordsTest {

    private static final SesEventRecords.Mail MAIL = new SesEventRecords.Mail("m-1", Instant.parse("2026-06-10T05:00:00Z"),
            "paaminnelser@jobbstotte.example", "arn:aws:ses:eu-north-1:000000000000:identity/jobbstotte.example",
            "000000000000", List.of("bounce@simulator.amazonses.com"), "Oppfølginger i dag", "jobbstotte-local-mail");

    @Test
    void simulator_addresses_giveTheDocumentedOutcomes() {
        assertThat(MailboxSimulator.outcomes("bounce@simulator.amazonses.com")).extracting(MailboxSimulator.Outcome::eventType,
                MailboxSimulator.Outcome::bounceType, MailboxSimulator.Outcome::bounceSubType)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Bounce", "Permanent", "General"));
        assertThat(MailboxSimulator.outcomes("Suppressionlist+js-1@Simulator.AmazonSES.com"))
                .extracting(MailboxSimulator.Outcome::bounceSubType).containsExactly("OnAccountSuppressionList");
        assertThat(MailboxSimulator.outcomes("complaint@simulator.amazonses.com")).extracting(MailboxSimulator.Outcome::eventType)
                .containsExactly("Delivery", "Complaint");
        assertThat(MailboxSimulator.outcomes("ooto@simulator.amazonses.com")).extracting(MailboxSimulator.Outcome::eventType)
                .containsExactly("Delivery");
        assertThat(MailboxSimulator.outcomes("bounce@example.no")).extracting(MailboxSimulator.Outcome::eventType)
                .containsExactly("Delivery");
        assertThat(MailboxSimulator.outcomes("someone@nowhere.invalid")).extracting(MailboxSimulator.Outcome::bounceType)
                .containsExactly("Permanent");
        assertThat(MailboxSimulator.counts("bounce+x@simulator.amazonses.com")).as("SES: not in reputation metrics").isFalse();
        assertThat(MailboxSimulator.counts("someone@nowhere.invalid")).isTrue();
    }

    @Test
    void bounce_inTheSnsEnvelope_hasTheFieldsSesDocuments() throws Exception {
        String event = SesEventRecords.event(MAIL, "bounce@simulator.amazonses.com",
                MailboxSimulator.outcomes("bounce@simulator.amazonses.com").getFirst(), Instant.parse("2026-06-10T05:00:01Z"));
        JsonNode envelope = Json.parse(SesEventRecords.snsNotification(
                "arn:aws:sns:eu-north-1:000000000000:jobbstotte-local-mail-delivery", event, Instant.now()));

        assertThat(envelope.path("Type").asText()).isEqualTo("Notification");
        assertThat(envelope.path("TopicArn").asText()).isEqualTo("arn:aws:sns:eu-north-1:000000000000:jobbstotte-local-mail-delivery");
        assertThat(envelope.path("SignatureVersion").asText()).isEqualTo("1");
        assertThat(envelope.path("UnsubscribeURL").asText()).startsWith("https://sns.eu-north-1.amazonaws.com/");
        JsonNode bounce = Json.parse(envelope.path("Message").asText());
        assertThat(bounce.path("eventType").asText()).isEqualTo("Bounce");
        assertThat(bounce.at("/bounce/bounceType").asText()).isEqualTo("Permanent");
        assertThat(bounce.at("/bounce/bounceSubType").asText()).isEqualTo("General");
        assertThat(bounce.at("/bounce/bouncedRecipients/0/emailAddress").asText()).isEqualTo("bounce@simulator.amazonses.com");
        assertThat(bounce.at("/bounce/bouncedRecipients/0/status").asText()).isEqualTo("5.1.1");
        assertThat(bounce.at("/bounce/timestamp").asText()).isEqualTo("2026-06-10T05:00:01Z");
        assertThat(bounce.at("/mail/messageId").asText()).isEqualTo("m-1");
        assertThat(bounce.at("/mail/destination/0").asText()).isEqualTo("bounce@simulator.amazonses.com");
        assertThat(bounce.at("/mail/commonHeaders/subject").asText()).isEqualTo("Oppfølginger i dag");
        assertThat(bounce.at("/mail/tags/ses:configuration-set/0").asText()).isEqualTo("jobbstotte-local-mail");
    }

    @Test
    void complaint_andDelivery_haveTheirRecipientLists() throws Exception {
        JsonNode complaint = Json.parse(SesEventRecords.event(MAIL, "complaint@simulator.amazonses.com",
                new MailboxSimulator.Outcome("Complaint", null, null), Instant.now()));
        assertThat(complaint.at("/complaint/complainedRecipients/0/emailAddress").asText())
                .isEqualTo("complaint@simulator.amazonses.com");
        assertThat(complaint.at("/complaint/complaintFeedbackType").asText()).isEqualTo("abuse");
        JsonNode delivery = Json.parse(SesEventRecords.event(MAIL, "success@simulator.amazonses.com",
                new MailboxSimulator.Outcome("Delivery", null, null), Instant.now()));
        assertThat(delivery.at("/delivery/recipients/0").asText()).isEqualTo("success@simulator.amazonses.com");
        assertThat(delivery.at("/delivery/smtpResponse").asText()).startsWith("250");
    }
}
