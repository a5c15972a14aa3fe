package no.jobbstotte.volunteerdigest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.jobbstotte.localcloud.LocalCloud;
import no.jobbstotte.localcloud.testing.LocalCloudExtension;
import no.jobbstotte.shared.aws.ClientSupport;
import no.jobbstotte.shared.config.RuntimeConfig;
import no.jobbstotte.shared.domain.Municipalities;
import no.jobbstotte.shared.table.coordinators.Coordinators;
import no.jobbstotte.shared.secret.ManagedSecret;
import no.jobbstotte.shared.table.coordinators.Coordinator;
import no.jobbstotte.shared.table.coordinators.DynamoDbCoordinators;
import no.jobbstotte.shared.table.maildelivery.DeliveryOutcome;
import no.jobbstotte.shared.table.maildelivery.DynamoDbMailDelivery;
import no.jobbstotte.shared.table.volunteercounts.ConfirmationCounts;
import no.jobbstotte.shared.table.volunteercounts.DynamoDbVolunteerCounts;
import no.jobbstotte.shared.table.volunteers.DailyNotices;
import no.jobbstotte.shared.table.volunteers.DynamoDbVolunteers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.SendEmailRequest;
import software.amazon.awssdk.services.sesv2.model.SendEmailResponse;

/**
 * The service against the local DynamoDB: with SES failing on purpose a failed send must not mark
 * the day done, and a confirmation left uncounted is counted once.
 */
class VolunteerDigestServiceTest {

    @RegisterExtension
    static final LocalCloudExtension CLOUD = LocalCloudExtension.fromTemplate();

    @Test
    void run_sendFails_releasesTheMarker_soTheNextRunSends() {
        LocalCloud cloud = CLOUD.cloud();
        DigestSettings settings = DigestSettings.from(RuntimeConfig.of(cloud.functionEnvironment("VolunteerDigestFunction")));
        confirmedVolunteer(cloud, settings, UUID.randomUUID().toString());
        DailyNotices notices = new DynamoDbVolunteers(cloud.dynamoDb(), settings.volunteersTable());
        ConfirmationCounts counts = counts(cloud);
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

        assertThatThrownBy(() -> new VolunteerDigestService(notices, counts, coordinators, failing, settings,
                Municipalities.bundled(), mailDelivery(cloud)).run(scheduled)).hasMessage("SES is down");

        SesV2Client ses = ClientSupport.build(SesV2Client.builder(), cloud.clientConfig(), "SESV2");
        VolunteerDigestService.Result result = new VolunteerDigestService(notices, counts, coordinators, ses, settings,
                Municipalities.bundled(), mailDelivery(cloud)).run(scheduled);
        assertThat(result.sent()).isEqualTo(1);
        assertThat(cloud.mailbox().sent()).singleElement().satisfies(m -> {
            assertThat(m.to()).containsExactly(settings.nationalContact());
            assertThat(m.text()).contains("Trondheim").contains("- Liv –");
        });
    }

    /**
     * A confirmation whose count a crash cut short, and which the volunteer never retried: the
     * next morning's run counts it, once, and a re-run (or the sign-up's own count) adds nothing.
     */
    @Test
    void run_confirmationLeftUncounted_isCountedOnce_andAReRunCountsNothing() {
        LocalCloud cloud = CLOUD.cloud();
        DigestSettings settings = DigestSettings.from(RuntimeConfig.of(cloud.functionEnvironment("VolunteerDigestFunction")));
        String uncounted = UUID.randomUUID().toString();
        String counted = UUID.randomUUID().toString();
        confirmedVolunteer(cloud, settings, uncounted);
        confirmedVolunteer(cloud, settings, counted);
        ConfirmationCounts counts = counts(cloud);
        assertThat(counts.countOnce(counted, "5001", YearMonth.of(2026, 1))).as("the sign-up counted this one").isTrue();
        VolunteerDigestService service = new VolunteerDigestService(new DynamoDbVolunteers(cloud.dynamoDb(),
                settings.volunteersTable()), counts, new DynamoDbCoordinators(cloud.dynamoDb(), settings.coordinatorsTable()),
                ClientSupport.build(SesV2Client.builder(), cloud.clientConfig(), "SESV2"), settings, Municipalities.bundled(),
                mailDelivery(cloud));
        Instant scheduled = Instant.parse("2026-01-06T07:00:00Z");

        assertThat(service.run(scheduled).counted()).isEqualTo(1);
        assertThat(service.run(scheduled.plusSeconds(90)).counted()).as("a re-run").isZero();

        assertThat(countItems(cloud)).extracting(i -> i.get("countId").s()).containsExactlyInAnyOrder(uncounted, counted);
        assertThat(countItems(cloud)).allSatisfy(i -> assertThat(i).containsOnlyKeys("countId", "municipalityNumber", "month")
                .containsEntry("municipalityNumber", AttributeValue.fromS("5001"))
                .containsEntry("month", AttributeValue.fromS("2026-01")));
    }

    /** Issue #17: the national contact gets the volunteers of a coordinator whose address bounces, and is told why. */
    @Test
    void run_coordinatorsAddressBounced_sendsToTheNationalContactWithTheReason() {
        LocalCloud cloud = CLOUD.cloud();
        DigestSettings settings = DigestSettings.from(RuntimeConfig.of(cloud.functionEnvironment("VolunteerDigestFunction")));
        confirmedVolunteer(cloud, settings, UUID.randomUUID().toString());
        Coordinators coordinators = new DynamoDbCoordinators(cloud.dynamoDb(), settings.coordinatorsTable());
        coordinators.save(new Coordinator("5001", "Kim Koordinator", "Koordinator@Trondheim.example"));
        DynamoDbMailDelivery deliveries = mailDelivery(cloud);
        deliveries.record(new DeliveryOutcome("koordinator@trondheim.example", DeliveryOutcome.Kind.HARD_BOUNCE,
                Instant.parse("2026-01-05T09:00:00Z"), "Permanent/General"));
        VolunteerDigestService service = new VolunteerDigestService(new DynamoDbVolunteers(cloud.dynamoDb(),
                settings.volunteersTable()), counts(cloud), coordinators,
                ClientSupport.build(SesV2Client.builder(), cloud.clientConfig(), "SESV2"), settings, Municipalities.bundled(),
                deliveries);

        assertThat(service.run(Instant.parse("2026-01-06T07:00:00Z")).sent()).isEqualTo(1);

        assertThat(cloud.mailbox().sent()).singleElement().satisfies(m -> {
            assertThat(m.to()).containsExactly(settings.nationalContact());
            assertThat(m.text()).contains("- Liv –", "E-post til koordinatoren i Trondheim (5001) blir avvist");
        });
    }

    /** A volunteer as the sign-up leaves one after confirming on 5 January 2026, counted under {@code countId}. */
    private static void confirmedVolunteer(LocalCloud cloud, DigestSettings settings, String countId) {
        String id = UUID.randomUUID().toString();
        cloud.dynamoDb().putItem(r -> r.tableName(settings.volunteersTable()).item(Map.of(
                "pk", AttributeValue.fromS("VOLUNTEER#" + id), "volunteerId", AttributeValue.fromS(id),
                "status", AttributeValue.fromS("CONFIRMED"), "name", AttributeValue.fromS("Liv Test"),
                "municipalityNumber", AttributeValue.fromS("5001"), "confirmedDay", AttributeValue.fromS("2026-01-05"),
                "countId", AttributeValue.fromS(countId),
                "interests", AttributeValue.fromL(List.of(AttributeValue.fromS("sports"))))));
    }

    static DynamoDbMailDelivery mailDelivery(LocalCloud cloud) {
        return new DynamoDbMailDelivery(cloud.dynamoDb(), cloud.tableName("MailDeliveryTable"),
                new ManagedSecret(cloud.secretsManager(), cloud.secretArn("MailRecipientPepperSecret")));
    }

    private static ConfirmationCounts counts(LocalCloud cloud) {
        return new DynamoDbVolunteerCounts(cloud.dynamoDb(), cloud.tableName("VolunteerCountsTable"));
    }

    private static List<Map<String, AttributeValue>> countItems(LocalCloud cloud) {
        return cloud.dynamoDb().scan(r -> r.tableName(cloud.tableName("VolunteerCountsTable")).consistentRead(true)).items();
    }
}
