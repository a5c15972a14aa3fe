package no.jobbstotte.shared.table.maildelivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import no.jobbstotte.localcloud.LocalCloud;
import no.jobbstotte.localcloud.testing.LocalCloudExtension;
import no.jobbstotte.shared.secret.ManagedSecret;
import no.jobbstotte.shared.table.maildelivery.DeliveryOutcome.Kind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The MailDeliveryTable owner against the table and the pepper secret template.yaml declares. */
class DynamoDbMailDeliveryTest {

    @RegisterExtension
    static final LocalCloudExtension CLOUD = LocalCloudExtension.fromTemplate();

    private static final Instant T0 = Instant.parse("2026-06-10T05:00:00Z");

    private DynamoDbMailDelivery table;

    @BeforeEach
    void setUp() {
        LocalCloud cloud = CLOUD.cloud();
        table = new DynamoDbMailDelivery(cloud.dynamoDb(), cloud.tableName("MailDeliveryTable"),
                new ManagedSecret(cloud.secretsManager(), cloud.secretArn("MailRecipientPepperSecret")));
    }

    @Test
    void hardBounceAndComplaint_suppress_softBounceDelayAndRejectDoNot() {
        table.record(outcome("hard@example.no", Kind.HARD_BOUNCE, T0));
        table.record(outcome("complained@example.no", Kind.COMPLAINT, T0));
        table.record(outcome("soft@example.no", Kind.SOFT_BOUNCE, T0));
        table.record(outcome("delayed@example.no", Kind.DELAYED, T0));
        table.record(outcome("rejected@example.no", Kind.REJECTED, T0));

        assertThat(table.isSuppressed("hard@example.no")).isTrue();
        assertThat(table.isSuppressed(" Complained@Example.NO ")).as("trimmed, case ignored").isTrue();
        assertThat(table.isSuppressed("soft@example.no")).isFalse();
        assertThat(table.isSuppressed("never@example.no")).isFalse();
        assertThat(table.suppressedAmong(List.of("hard@example.no", "soft@example.no", "delayed@example.no",
                "rejected@example.no", "complained@example.no"))).containsExactlyInAnyOrder("hard@example.no", "complained@example.no");
    }

    @Test
    void suppression_isSticky_aLaterDeliveryOrAnOlderBounceArrivingLateKeepsIt() {
        table.record(outcome("a@example.no", Kind.DELIVERED, T0.plusSeconds(60)));
        table.record(outcome("a@example.no", Kind.HARD_BOUNCE, T0));
        assertThat(table.isSuppressed("a@example.no")).as("a late bounce still suppresses").isTrue();

        table.record(outcome("a@example.no", Kind.DELIVERED, T0.plusSeconds(120)));
        assertThat(table.isSuppressed("a@example.no")).as("a later delivery does not lift it").isTrue();
        Map<String, AttributeValue> item = items().getFirst();
        assertThat(item.get("lastEvent").s()).startsWith("DELIVERED");
        assertThat(item.get("suppressedBecause").s()).isEqualTo("HARD_BOUNCE");
        assertThat(item.get("suppressedAt").s()).isEqualTo(T0.toString());

        table.record(outcome("a@example.no", Kind.DELAYED, T0.plusSeconds(90)));
        assertThat(items().getFirst().get("lastEvent").s()).as("an older event changes nothing").startsWith("DELIVERED");
    }

    @Test
    void items_holdNoAddress_onlyItsKeyedHash() {
        table.record(outcome("person@example.no", Kind.COMPLAINT, T0));

        assertThat(items()).singleElement().satisfies(item -> {
            assertThat(item.toString()).doesNotContain("person", "example.no");
            assertThat(item.get("recipientKey").s()).matches("[0-9a-f]{64}");
        });
    }

    @Test
    void suppressedAmong_readsMoreThanOneBatch() {
        List<String> addresses = IntStream.range(0, 230).mapToObj(i -> "p" + i + "@example.no").toList();
        table.record(outcome("p7@example.no", Kind.HARD_BOUNCE, T0));
        table.record(outcome("p150@example.no", Kind.COMPLAINT, T0));
        table.record(outcome("p229@example.no", Kind.HARD_BOUNCE, T0));

        assertThat(table.suppressedAmong(addresses)).containsExactlyInAnyOrder("p7@example.no", "p150@example.no",
                "p229@example.no");
        assertThat(table.suppressedAmong(List.of())).isEmpty();
    }

    private static DeliveryOutcome outcome(String address, Kind kind, Instant at) {
        return new DeliveryOutcome(address, kind, at, "test");
    }

    private List<Map<String, AttributeValue>> items() {
        LocalCloud cloud = CLOUD.cloud();
        return cloud.dynamoDb().scan(r -> r.tableName(cloud.tableName("MailDeliveryTable")).consistentRead(true)).items();
    }
}
