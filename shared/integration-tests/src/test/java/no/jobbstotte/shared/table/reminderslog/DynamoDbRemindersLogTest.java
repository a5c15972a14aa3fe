package no.jobbstotte.shared.table.reminderslog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import no.jobbstotte.localcloud.LocalCloud;
import no.jobbstotte.localcloud.testing.LocalCloudExtension;
import no.jobbstotte.shared.followup.reminders.ReminderKind;
import no.jobbstotte.shared.followup.reminders.ReminderMessage;
import no.jobbstotte.shared.table.reminderslog.DigestSending.Claim;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The log's conditional writes against the emulator, with the clock moved by hand: an item past
 * its expiresAt counts as absent (the emulator never deletes it), and a lapsed lease can be taken.
 */
class DynamoDbRemindersLogTest {

    @RegisterExtension
    static final LocalCloudExtension CLOUD = LocalCloudExtension.fromTemplate();

    private static final Instant NOW = Instant.parse("2026-06-10T05:00:00Z");

    private final LocalCloud cloud = CLOUD.cloud();
    private final String table = cloud.tableName("RemindersLogTable");
    private final ReminderMessage message = new ReminderMessage(ReminderKind.SPECIALIST, "js-" + UUID.randomUUID(),
            LocalDate.parse("2026-06-10"), NOW);

    @Test
    void schedule_twice_secondFindsTheClaim() {
        assertThat(log(NOW).schedule(message)).isTrue();
        assertThat(log(NOW.plusSeconds(60)).schedule(message)).isFalse();
        assertThat(status()).isEqualTo("SCHEDULED");
    }

    @Test
    void schedule_claimLeftScheduledByACrashedRun_isClaimedAgainByALaterRun() {
        log(NOW).schedule(message);
        assertThat(log(NOW.plus(Duration.ofMinutes(3))).schedule(message)).isTrue();
    }

    @Test
    void schedule_claimTheSenderHasTaken_isNeverScheduledAgain() {
        log(NOW).schedule(message);
        assertThat(log(NOW).claimForSending(message)).isEqualTo(Claim.CLAIMED);
        assertThat(log(NOW.plus(Duration.ofMinutes(3))).schedule(message)).isFalse();
        assertThat(status()).isEqualTo("SENDING");
    }

    @Test
    void schedule_claimPastItsExpiry_countsAsAbsent() {
        log(NOW).schedule(message);

        assertThat(log(NOW.plus(Duration.ofDays(31))).schedule(message)).isTrue();
    }

    @Test
    void claimForSending_walksTheStatesAndNeverClaimsTwice() {
        log(NOW).schedule(message);

        assertThat(log(NOW).claimForSending(message)).isEqualTo(Claim.CLAIMED);
        assertThat(log(NOW.plusSeconds(60)).claimForSending(message)).isEqualTo(Claim.BUSY);
        assertThat(log(NOW.plusSeconds(180)).claimForSending(message)).isEqualTo(Claim.CLAIMED);
        log(NOW.plusSeconds(181)).markSent(message, "ses-1");
        assertThat(log(NOW.plusSeconds(3600)).claimForSending(message)).isEqualTo(Claim.DONE);
        assertThat(item().get("sesMessageId").s()).isEqualTo("ses-1");
        assertThat(item()).doesNotContainKey("leaseUntil");
    }

    @Test
    void claimForSending_absentOrReleased_isClaimed() {
        assertThat(log(NOW).claimForSending(message)).isEqualTo(Claim.CLAIMED);
        log(NOW).releaseLease(message);
        assertThat(status()).isEqualTo("SCHEDULED");
        assertThat(log(NOW).claimForSending(message)).isEqualTo(Claim.CLAIMED);
        log(NOW).markNothingDue(message, "nothing to report");
        assertThat(log(NOW).claimForSending(message)).isEqualTo(Claim.DONE);
        assertThat(item().get("reason").s()).isEqualTo("nothing to report");
    }

    @Test
    void unschedule_onlyWithdrawsAScheduledClaim() {
        log(NOW).schedule(message);
        log(NOW).claimForSending(message);
        log(NOW).unschedule(message);
        assertThat(status()).isEqualTo("SENDING");

        ReminderMessage other = new ReminderMessage(ReminderKind.TEAM_LEAD, "tl-" + UUID.randomUUID(),
                message.date(), NOW);
        log(NOW).schedule(other);
        log(NOW).unschedule(other);
        assertThat(log(NOW).schedule(other)).isTrue();
    }

    private DynamoDbRemindersLog log(Instant now) {
        return new DynamoDbRemindersLog(cloud.dynamoDb(), table, Clock.fixed(now, ZoneOffset.UTC));
    }

    private Map<String, AttributeValue> item() {
        return cloud.dynamoDb().getItem(b -> b.tableName(table).consistentRead(true)
                .key(Map.of("digestKey", AttributeValue.fromS(message.digestKey())))).item();
    }

    private String status() {
        return item().get("status").s();
    }
}
