package no.jobbstotte.shared.table.volunteers;

import static no.jobbstotte.shared.table.volunteers.VolunteerItems.BY_CONFIRMED_DAY;
import static no.jobbstotte.shared.table.volunteers.VolunteerItems.CONFIRMED;
import static no.jobbstotte.shared.table.volunteers.VolunteerItems.COUNT_ID;
import static no.jobbstotte.shared.table.volunteers.VolunteerItems.COUNT;
import static no.jobbstotte.shared.table.volunteers.VolunteerItems.EMAIL_HASH;
import static no.jobbstotte.shared.table.volunteers.VolunteerItems.EXPIRES_AT;
import static no.jobbstotte.shared.table.volunteers.VolunteerItems.PENDING;
import static no.jobbstotte.shared.table.volunteers.VolunteerItems.PURPOSE;
import static no.jobbstotte.shared.table.volunteers.VolunteerItems.STATUS;
import static no.jobbstotte.shared.table.volunteers.VolunteerItems.TOKEN_HASHES;
import static no.jobbstotte.shared.table.volunteers.VolunteerItems.VOLUNTEER_ID;
import static no.jobbstotte.shared.table.volunteers.VolunteerItems.day;
import static no.jobbstotte.shared.table.volunteers.VolunteerItems.emailKey;
import static no.jobbstotte.shared.table.volunteers.VolunteerItems.item;
import static no.jobbstotte.shared.table.volunteers.VolunteerItems.n;
import static no.jobbstotte.shared.table.volunteers.VolunteerItems.noticeKey;
import static no.jobbstotte.shared.table.volunteers.VolunteerItems.s;
import static no.jobbstotte.shared.table.volunteers.VolunteerItems.tokenKey;
import static no.jobbstotte.shared.table.volunteers.VolunteerItems.volunteerKey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import no.jobbstotte.shared.volunteer.VolunteerSignup;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/**
 * VolunteersTable, for all its uses (layout in {@code VolunteerItems}). There are no transactions
 * (the local DynamoDB lacks them), so the sign-up orders its writes to fail safe: the e-mail claim
 * comes first, and anything orphaned by a crash carries an {@code expiresAt}. Local DynamoDB has
 * no TTL, so every read treats an item whose {@code expiresAt} has passed as absent.
 */
public final class DynamoDbVolunteers implements Volunteers, Tokens, RateLimits, DailyNotices {

    /** Rate-limit windows are fixed hours; the window's number is part of the key, so one is never reused. */
    static final long WINDOW_SECONDS = 3600;

    private final DynamoDbClient dynamoDb;
    private final String table;

    public DynamoDbVolunteers(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
    }

    @Override
    public boolean claimEmail(String emailHash, String volunteerId, Instant expiresAt, Instant now) {
        Map<String, AttributeValue> claim = item(emailKey(emailHash), Map.of(VOLUNTEER_ID, s(volunteerId), EXPIRES_AT, n(expiresAt)));
        return conditional(() -> dynamoDb.putItem(r -> r.tableName(table).item(claim)
                .conditionExpression("attribute_not_exists(pk) OR expiresAt <= :now")
                .expressionAttributeValues(Map.of(":now", n(now)))));
    }

    @Override
    public Optional<String> emailOwner(String emailHash, Instant now) {
        return live(emailKey(emailHash), now).map(item -> item.get(VOLUNTEER_ID).s());
    }

    @Override
    public void addPending(String volunteerId, VolunteerSignup signup, String emailHash, Instant now, Instant expiresAt) {
        Map<String, AttributeValue> item = VolunteerItems.pendingVolunteer(volunteerId, signup, emailHash, now, expiresAt);
        dynamoDb.putItem(r -> r.tableName(table).item(item));
    }

    @Override
    public Optional<Volunteer> find(String volunteerId, Instant now) {
        return live(volunteerKey(volunteerId), now).map(VolunteerItems::volunteer);
    }

    @Override
    public Optional<Volunteer> confirm(String volunteerId, Instant now, LocalDate day, String countId) {
        try {
            return Optional.of(VolunteerItems.volunteer(dynamoDb.updateItem(r -> r.tableName(table).key(volunteerKey(volunteerId))
                    .updateExpression("SET #s = :confirmed, confirmedAt = :at, confirmedDay = :day, #c = :countId"
                            + " REMOVE expiresAt")
                    .conditionExpression("#s = :pending AND expiresAt > :now")
                    .expressionAttributeNames(Map.of("#s", STATUS, "#c", COUNT_ID))
                    .expressionAttributeValues(Map.of(":confirmed", s(CONFIRMED), ":pending", s(PENDING),
                            ":at", s(now.toString()), ":day", day(day), ":countId", s(countId), ":now", n(now)))
                    .returnValues(ReturnValue.ALL_NEW)).attributes()));
        } catch (ConditionalCheckFailedException notPending) {
            return Optional.empty();
        }
    }

    @Override
    public void keepEmailClaim(String emailHash) {
        dynamoDb.updateItem(r -> r.tableName(table).key(emailKey(emailHash))
                .updateExpression("REMOVE expiresAt")
                .conditionExpression("attribute_exists(pk)"));
    }

    /**
     * The person goes first, in one call that also returns what else to delete: their address
     * claim and every token mailed to them. Should a crash leave a token behind, it names only the
     * random id, expires within days, and the sign-up refuses it because the person is gone.
     */
    @Override
    public boolean erase(String volunteerId) {
        Map<String, AttributeValue> person = dynamoDb.deleteItem(r -> r.tableName(table).key(volunteerKey(volunteerId))
                .returnValues(ReturnValue.ALL_OLD)).attributes();
        if (person == null || person.isEmpty()) {
            return false;
        }
        // Only the claim that points to this volunteer: the address may meanwhile belong to a new sign-up.
        AttributeValue emailHash = person.get(EMAIL_HASH);
        if (emailHash != null) {
            conditional(() -> dynamoDb.deleteItem(r -> r.tableName(table).key(emailKey(emailHash.s()))
                    .conditionExpression("volunteerId = :id")
                    .expressionAttributeValues(Map.of(":id", s(volunteerId)))));
        }
        VolunteerItems.tokenHashes(person).forEach(hash -> dynamoDb.deleteItem(r -> r.tableName(table).key(tokenKey(hash))));
        return true;
    }

    @Override
    public boolean recordPoliceCertificate(String volunteerId, LocalDate shownOn) {
        return conditional(() -> dynamoDb.updateItem(r -> r.tableName(table).key(volunteerKey(volunteerId))
                .updateExpression("SET policeCertificateShownOn = :day")
                .conditionExpression("attribute_exists(pk) AND #s = :confirmed")
                .expressionAttributeNames(Map.of("#s", STATUS))
                .expressionAttributeValues(Map.of(":day", day(shownOn), ":confirmed", s(CONFIRMED)))));
    }

    /**
     * Records the hash on the person before the token exists, so erasure always finds it; the
     * condition refuses a token for someone already erased.
     */
    @Override
    public boolean putToken(String tokenHash, String purpose, String volunteerId, Instant expiresAt) {
        boolean recorded = conditional(() -> dynamoDb.updateItem(r -> r.tableName(table).key(volunteerKey(volunteerId))
                .updateExpression("ADD #t :hash")
                .conditionExpression("attribute_exists(pk)")
                .expressionAttributeNames(Map.of("#t", TOKEN_HASHES))
                .expressionAttributeValues(Map.of(":hash", AttributeValue.fromSs(List.of(tokenHash))))));
        if (recorded) {
            Map<String, AttributeValue> token = item(tokenKey(tokenHash),
                    Map.of(PURPOSE, s(purpose), VOLUNTEER_ID, s(volunteerId), EXPIRES_AT, n(expiresAt)));
            dynamoDb.putItem(r -> r.tableName(table).item(token));
        }
        return recorded;
    }

    @Override
    public Optional<Token> findToken(String tokenHash, Instant now) {
        return live(tokenKey(tokenHash), now).map(VolunteerItems::token);
    }

    @Override
    public void markTokenUsed(String tokenHash, Instant now) {
        conditional(() -> dynamoDb.updateItem(r -> r.tableName(table).key(tokenKey(tokenHash))
                .updateExpression("SET usedAt = :now")
                .conditionExpression("attribute_exists(pk) AND attribute_not_exists(usedAt)")
                .expressionAttributeValues(Map.of(":now", s(now.toString())))));
    }

    /** Fixed hourly windows counted here, so every Lambda instance shares them; TTL removes old ones. */
    @Override
    public OptionalLong hit(String subject, int limit, Instant now) {
        long window = now.getEpochSecond() / WINDOW_SECONDS;
        long end = (window + 1) * WINDOW_SECONDS;
        boolean counted = conditional(() -> dynamoDb.updateItem(r -> r.tableName(table)
                .key(VolunteerItems.rateKey(subject, window))
                .updateExpression("ADD #c :one SET expiresAt = :end")
                .conditionExpression("attribute_not_exists(#c) OR #c < :limit")
                .expressionAttributeNames(Map.of("#c", COUNT))
                .expressionAttributeValues(Map.of(":one", n(1), ":end", n(end), ":limit", n(limit)))));
        return counted ? OptionalLong.empty() : OptionalLong.of(Math.max(1, end - now.getEpochSecond()));
    }

    @Override
    public List<NewVolunteer> confirmedOn(LocalDate day) {
        List<NewVolunteer> volunteers = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> from = start;
            QueryResponse page = dynamoDb.query(r -> r.tableName(table).indexName(BY_CONFIRMED_DAY)
                    .keyConditionExpression("confirmedDay = :day")
                    .expressionAttributeValues(Map.of(":day", day(day)))
                    .exclusiveStartKey(from));
            for (Map<String, AttributeValue> item : page.items()) {
                if (item.containsKey(STATUS) && CONFIRMED.equals(item.get(STATUS).s())) {
                    volunteers.add(VolunteerItems.newVolunteer(item));
                }
            }
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return volunteers;
    }

    @Override
    public boolean claim(Notice notice, Instant expiresAt) {
        Map<String, AttributeValue> marker = item(noticeKey(notice), Map.of(STATUS, s("SENDING"), EXPIRES_AT, n(expiresAt)));
        return conditional(() -> dynamoDb.putItem(r -> r.tableName(table).item(marker)
                .conditionExpression("attribute_not_exists(pk)")));
    }

    @Override
    public void markSent(Notice notice) {
        dynamoDb.updateItem(r -> r.tableName(table).key(noticeKey(notice))
                .updateExpression("SET #s = :sent")
                .expressionAttributeNames(Map.of("#s", STATUS))
                .expressionAttributeValues(Map.of(":sent", s("SENT"))));
    }

    @Override
    public void release(Notice notice) {
        dynamoDb.deleteItem(r -> r.tableName(table).key(noticeKey(notice)));
    }

    /** The item under {@code key}, read consistently, or empty if there is none or it has expired. */
    private Optional<Map<String, AttributeValue>> live(Map<String, AttributeValue> key, Instant now) {
        Map<String, AttributeValue> item = dynamoDb.getItem(r -> r.tableName(table).consistentRead(true).key(key)).item();
        if (item == null || item.isEmpty()) {
            return Optional.empty();
        }
        AttributeValue expiresAt = item.get(EXPIRES_AT);
        boolean expired = expiresAt != null && Long.parseLong(expiresAt.n()) <= now.getEpochSecond();
        return expired ? Optional.empty() : Optional.of(item);
    }

    /** Runs a conditional write; false if its condition failed. */
    private static boolean conditional(Runnable write) {
        try {
            write.run();
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }
}
