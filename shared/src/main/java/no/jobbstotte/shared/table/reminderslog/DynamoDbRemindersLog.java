package no.jobbstotte.shared.table.reminderslog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import no.jobbstotte.shared.followup.reminders.ReminderMessage;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * The RemindersLogTable over DynamoDB conditional writes (no transactions, which the local
 * emulator lacks), keyed by the message's {@code digestKey}. Times are the wall clock: the TTL
 * and the lease are about when things really happen, not about the day a digest is for.
 */
public final class DynamoDbRemindersLog implements DigestScheduling, DigestSending {

    static final Duration TIME_TO_LIVE = Duration.ofDays(30);
    static final Duration LEASE = Duration.ofMinutes(2);

    private static final String LIVE_CLAIM_ABSENT = "attribute_not_exists(digestKey) OR expiresAt < :now";
    /**
     * A claim still SCHEDULED this long after it was made may never have reached the queue (the
     * scheduler died between claim and send), so a re-run enqueues it again. The sender's own
     * claim makes the possible second message harmless.
     */
    static final Duration STALE_SCHEDULED = Duration.ofMinutes(2);

    private final DynamoDbClient dynamoDb;
    private final String table;
    private final Clock clock;

    public DynamoDbRemindersLog(DynamoDbClient dynamoDb, String table, Clock clock) {
        this.dynamoDb = dynamoDb;
        this.table = table;
        this.clock = clock;
    }

    @Override
    public boolean schedule(ReminderMessage message) {
        Instant now = clock.instant();
        try {
            dynamoDb.putItem(b -> b.tableName(table)
                    .item(Map.of("digestKey", s(message.digestKey()), "status", s("SCHEDULED"),
                            "scheduledAt", s(message.scheduledAt().toString()), "claimedAt", n(now.getEpochSecond()),
                            "expiresAt", expiresAt(now)))
                    .conditionExpression(LIVE_CLAIM_ABSENT + " OR (#s = :scheduled AND claimedAt < :stale)")
                    .expressionAttributeNames(Map.of("#s", "status"))
                    .expressionAttributeValues(Map.of(":now", n(now.getEpochSecond()), ":scheduled", s("SCHEDULED"),
                            ":stale", n(now.minus(STALE_SCHEDULED).getEpochSecond()))));
            return true;
        } catch (ConditionalCheckFailedException exists) {
            return false;
        }
    }

    @Override
    public void unschedule(ReminderMessage message) {
        try {
            dynamoDb.deleteItem(b -> b.tableName(table).key(key(message))
                    .conditionExpression("#s = :scheduled")
                    .expressionAttributeNames(Map.of("#s", "status"))
                    .expressionAttributeValues(Map.of(":scheduled", s("SCHEDULED"))));
        } catch (ConditionalCheckFailedException alreadyTaken) {
            // The sender got to it after all; nothing to withdraw.
        }
    }

    @Override
    public Claim claimForSending(ReminderMessage message) {
        Instant now = clock.instant();
        try {
            dynamoDb.updateItem(b -> b.tableName(table).key(key(message))
                    .updateExpression("SET #s = :sending, leaseUntil = :lease, expiresAt = :expires"
                            + " REMOVE sesMessageId, sentAt, reason")
                    .conditionExpression(LIVE_CLAIM_ABSENT + " OR #s = :scheduled"
                            + " OR (#s = :sending AND leaseUntil < :now)")
                    .expressionAttributeNames(Map.of("#s", "status"))
                    .expressionAttributeValues(Map.of(":now", n(now.getEpochSecond()),
                            ":sending", s("SENDING"), ":scheduled", s("SCHEDULED"),
                            ":lease", n(now.plus(LEASE).getEpochSecond()), ":expires", expiresAt(now))));
            return Claim.CLAIMED;
        } catch (ConditionalCheckFailedException taken) {
            return finished(message) ? Claim.DONE : Claim.BUSY;
        }
    }

    @Override
    public void markSent(ReminderMessage message, String sesMessageId) {
        Instant now = clock.instant();
        dynamoDb.updateItem(b -> b.tableName(table).key(key(message))
                .updateExpression("SET #s = :sent, sesMessageId = :id, sentAt = :at, expiresAt = :expires"
                        + " REMOVE leaseUntil")
                .expressionAttributeNames(Map.of("#s", "status"))
                .expressionAttributeValues(Map.of(":sent", s("SENT"), ":id", s(sesMessageId),
                        ":at", s(now.toString()), ":expires", expiresAt(now))));
    }

    @Override
    public void markNothingDue(ReminderMessage message, String reason) {
        Instant now = clock.instant();
        dynamoDb.updateItem(b -> b.tableName(table).key(key(message))
                .updateExpression("SET #s = :nothing, reason = :reason, expiresAt = :expires REMOVE leaseUntil")
                .expressionAttributeNames(Map.of("#s", "status"))
                .expressionAttributeValues(Map.of(":nothing", s("NOTHING_DUE"), ":reason", s(reason),
                        ":expires", expiresAt(now))));
    }

    @Override
    public void releaseLease(ReminderMessage message) {
        try {
            dynamoDb.updateItem(b -> b.tableName(table).key(key(message))
                    .updateExpression("SET #s = :scheduled REMOVE leaseUntil")
                    .conditionExpression("#s = :sending")
                    .expressionAttributeNames(Map.of("#s", "status"))
                    .expressionAttributeValues(Map.of(":scheduled", s("SCHEDULED"), ":sending", s("SENDING"))));
        } catch (ConditionalCheckFailedException notOurs) {
            // Someone else's lease by now; theirs to finish.
        }
    }

    private boolean finished(ReminderMessage message) {
        Map<String, AttributeValue> item = dynamoDb.getItem(b -> b.tableName(table).key(key(message))
                .consistentRead(true)).item();
        if (item == null || !item.containsKey("status")) {
            return false;
        }
        String status = item.get("status").s();
        return status.equals("SENT") || status.equals("NOTHING_DUE");
    }

    private static Map<String, AttributeValue> key(ReminderMessage message) {
        return Map.of("digestKey", s(message.digestKey()));
    }

    private static AttributeValue expiresAt(Instant now) {
        return n(now.plus(TIME_TO_LIVE).getEpochSecond());
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }
}
