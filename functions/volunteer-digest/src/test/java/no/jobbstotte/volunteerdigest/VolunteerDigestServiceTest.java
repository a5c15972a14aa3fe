package no.jobbstotte.volunteerdigest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import no.jobbstotte.localcloud.LocalCloud;
import no.jobbstotte.localcloud.testing.LocalCloudExtension;
import no.jobbstotte.shared.aws.ClientSupport;
import no.jobbstotte.shared.config.RuntimeConfig;
import no.jobbstotte.shared.domain.Municipalities;
import no.jobbstotte.shared.table.coordinators.Coordinators;
import no.jobbstotte.shared.table.coordinators.DynamoDbCoordinators;
import no.jobbstotte.shared.table.volunteers.DailyNotices;
import no.jobbstotte.shared.table.volunteers.DynamoDbVolunteers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.SendEmailRequest;
import software.amazon.awssdk.services.sesv2.model.SendEmailResponse;

/** The service against the local DynamoDB, with SES failing on purpose: a failed send must not mark the day done. */
class VolunteerDigestServiceTest {

    @RegisterExtension
    static final LocalCloudExtension CLOUD = LocalCloudExtension.fromTemplate();

    @Test
    void run_sendFails_releasesTheMarker_soTheNextRunSends() {
        LocalCloud cloud = CLOUD.cloud();
        DigestSettings settings = DigestSettings.from(RuntimeConfig.of(cloud.functionEnvironment("VolunteerDigestFunction")));
        String id = UUID.randomUUID().toString();
        cloud.dynamoDb().putItem(r -> r.tableName(settings.volunteersTable()).item(Map.of(
                "pk", AttributeValue.fromS("VOLUNTEER#" + id), "volunteerId", AttributeValue.fromS(id),
                "status", AttributeValue.fromS("CONFIRMED"), "name", AttributeValue.fromS("Liv Test"),
                "municipalityNumber", AttributeValue.fromS("5001"), "confirmedDay", AttributeValue.fromS("2026-01-05"),
                "interests", AttributeValue.fromL(java.util.List.of(AttributeValue.fromS("sports"))))));
        DailyNotices notices = new DynamoDbVolunteers(cloud.dynamoDb(), settings.volunteersTable());
        Coordinators coordinators = new DynamoDbCoordinators(cloud.dynamoDb(), settings.coordinatorsTable());
        SesV2Client failing = new SesV2Client() {
            @Override
            public SendEmailResponse sendEmail(SendEmailRequest request) {
                throw new IllegalStateException("SES is down");
            }

            @Override
            public String serviceName() {
                return "ses";
            }

            @Override
            public void close() {}
        };
        Instant scheduled = Instant.parse("2026-01-06T07:00:00Z");

        assertThatThrownBy(() -> new VolunteerDigestService(notices, coordinators, failing, settings,
                Municipalities.bundled()).run(scheduled)).hasMessage("SES is down");

        SesV2Client ses = ClientSupport.build(SesV2Client.builder(), cloud.clientConfig(), "SESV2");
        VolunteerDigestService.Result result = new VolunteerDigestService(notices, coordinators, ses, settings,
                Municipalities.bundled()).run(scheduled);
        assertThat(result.sent()).isEqualTo(1);
        assertThat(cloud.mailbox().sent()).singleElement().satisfies(m -> {
            assertThat(m.to()).containsExactly(settings.nationalContact());
            assertThat(m.text()).contains("Trondheim").contains("- Liv –");
        });
    }
}
