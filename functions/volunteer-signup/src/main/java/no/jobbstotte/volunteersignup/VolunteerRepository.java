package no.jobbstotte.volunteersignup;

import static no.jobbstotte.shared.volunteer.VolunteerItems.*;

import no.jobbstotte.shared.volunteer.VolunteerItems;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import no.jobbstotte.shared.volunteer.Availability;
import no.jobbstotte.shared.volunteer.Interest;
import no.jobbstotte.shared.volunteer.VolunteerSignup;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/**
 * VolunteersTable for the sign-up function (layout in {@code VolunteerItems}). There are no
 * transactions (the local DynamoDB lacks them), so writes are ordered to fail safe: the e-mail
 * claim comes first, and anything orphaned by a crash carries an {@code expiresAt}.
 */
public final class VolunteerRepository {

    /** A stored single-use token. */
    public record Token(String purpose, String volunteerId, boolean used) {}

    private final DynamoDbClient dynamoDb;
    private final String table;

    @Inject
    public VolunteerRepository(DynamoDbClient dynamoDb, VolunteerSettings settings) {
        this(dynamoDb, settings.table());
    }

    /** For the operator CLI, which has a table but none of the function's other settings. */
    public VolunteerRepository(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
    }

    /** Claims an address for a new pending volunteer; false if a live claim exists. */
    public boolean claimEmail(String emailHash, String volunteerId, Instant expiresAt, Instant now) {
        return conditional(() -> dynamoDb.putItem(r -> r.tableName(table)
                .item(Map.of(PK, s(VolunteerItems.email(emailHash)), VOLUNTEER_ID, s(volunteerId), EXPIRES_AT, n(expiresAt)))
                .conditionExpression("attribute_not_exists(pk) OR expiresAt <= :now")
                .expressionAttributeValues(Map.of(":now", n(now)))));
    }

    public Optional<String> emailOwner(String emailHash, Instant now) {
        return get(VolunteerItems.email(emailHash), now).map(item -> item.get(VOLUNTEER_ID).s());
    }

    public void putVolunteer(String volunteerId, VolunteerSignup signup, String emailHash, Instant now,
            Instant expiresAt) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(PK, s(VolunteerItems.volunteer(volunteerId)));
        item.put(VOLUNTEER_ID, s(volunteerId));
        item.put(STATUS, s(PENDING));
        item.put(NAME, s(signup.name()));
        item.put(EMAIL, s(signup.email()));
        item.put(EMAIL_HASH, s(emailHash));
        item.put(PHONE, s(signup.phone()));
        item.put(MUNICIPALITY, s(signup.municipalityNumber()));
        item.put(INTERESTS, list(signup.interests().stream().map(Interest::code).toList()));
        item.put(AVAILABILITY, list(signup.availability().stream().map(Availability::code).toList()));
        if (signup.message() != null) {
            item.put(MESSAGE, s(signup.message()));
        }
        item.put(CONSENT, s(signup.consent()));
        item.put(CREATED_AT, s(now.toString()));
        item.put(EXPIRES_AT, n(expiresAt));
        dynamoDb.putItem(r -> r.tableName(table).item(item));
    }

    public Optional<Map<String, AttributeValue>> volunteer(String volunteerId, Instant now) {
        return get(VolunteerItems.volunteer(volunteerId), now);
    }

    public void putToken(String tokenHash, String purpose, String volunteerId, Instant expiresAt) {
        dynamoDb.putItem(r -> r.tableName(table).item(Map.of(PK, s(VolunteerItems.token(tokenHash)), PURPOSE, s(purpose),
                VOLUNTEER_ID, s(volunteerId), EXPIRES_AT, n(expiresAt))));
    }

    public Optional<Token> token(String tokenHash, Instant now) {
        return get(VolunteerItems.token(tokenHash), now).map(item -> new Token(item.get(PURPOSE).s(), item.get(VOLUNTEER_ID).s(),
                item.containsKey(USED_AT)));
    }

    /** Spends a token; it stays until it expires, so a second click is recognised as harmless. */
    public void markTokenUsed(String tokenHash, Instant now) {
        conditional(() -> dynamoDb.updateItem(r -> r.tableName(table).key(Map.of(PK, s(VolunteerItems.token(tokenHash))))
                .updateExpression("SET usedAt = :now")
                .conditionExpression("attribute_exists(pk) AND attribute_not_exists(usedAt)")
                .expressionAttributeValues(Map.of(":now", s(now.toString())))));
    }

    /** Pending and unexpired → confirmed on {@code day}; the item after, or empty if nothing changed. */
    public Optional<Map<String, AttributeValue>> confirm(String volunteerId, Instant now, LocalDate day) {
        try {
            return Optional.of(dynamoDb.updateItem(r -> r.tableName(table).key(Map.of(PK, s(VolunteerItems.volunteer(volunteerId))))
                    .updateExpression("SET #s = :confirmed, confirmedAt = :at, confirmedDay = :day REMOVE expiresAt")
                    .conditionExpression("#s = :pending AND expiresAt > :now")
                    .expressionAttributeNames(Map.of("#s", STATUS))
                    .expressionAttributeValues(Map.of(":confirmed", s(CONFIRMED), ":pending", s(PENDING),
                            ":at", s(now.toString()), ":day", s(day.toString()), ":now", n(now)))
                    .returnValues(ReturnValue.ALL_NEW)).attributes());
        } catch (ConditionalCheckFailedException notPending) {
            return Optional.empty();
        }
    }

    /** A confirmed volunteer's address claim no longer expires. */
    public void keepEmailClaim(String emailHash) {
        dynamoDb.updateItem(r -> r.tableName(table).key(Map.of(PK, s(VolunteerItems.email(emailHash))))
                .updateExpression("REMOVE expiresAt")
                .conditionExpression("attribute_exists(pk)"));
    }

    public void countConfirmation(String municipalityNumber, String yearMonth) {
        dynamoDb.updateItem(r -> r.tableName(table).key(Map.of(PK, s(VolunteerItems.count(municipalityNumber, yearMonth))))
                .updateExpression("ADD #c :one")
                .expressionAttributeNames(Map.of("#c", COUNT))
                .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1"))));
    }

    /** Removes the person and the address claim; COUNT items hold no person and stay. */
    public void erase(String volunteerId, Optional<String> emailHash) {
        dynamoDb.deleteItem(r -> r.tableName(table).key(Map.of(PK, s(VolunteerItems.volunteer(volunteerId)))));
        // Only the claim that points to this volunteer: the address may meanwhile belong to a new sign-up.
        emailHash.ifPresent(hash -> conditional(() -> dynamoDb.deleteItem(r -> r.tableName(table)
                .key(Map.of(PK, s(VolunteerItems.email(hash))))
                .conditionExpression("volunteerId = :id")
                .expressionAttributeValues(Map.of(":id", s(volunteerId))))));
    }

    /** Records that a police certificate was shown, and when; never the document. False if no such volunteer. */
    public boolean recordPoliceCertificate(String volunteerId, LocalDate shownOn) {
        return conditional(() -> dynamoDb.updateItem(r -> r.tableName(table).key(Map.of(PK, s(VolunteerItems.volunteer(volunteerId))))
                .updateExpression("SET policeCertificateShownOn = :day")
                .conditionExpression("attribute_exists(pk) AND #s = :confirmed")
                .expressionAttributeNames(Map.of("#s", STATUS))
                .expressionAttributeValues(Map.of(":day", s(shownOn.toString()), ":confirmed", s(CONFIRMED)))));
    }

    private Optional<Map<String, AttributeValue>> get(String pk, Instant now) {
        Map<String, AttributeValue> item = dynamoDb.getItem(r -> r.tableName(table).consistentRead(true)
                .key(Map.of(PK, s(pk)))).item();
        if (item == null || item.isEmpty()) {
            return Optional.empty();
        }
        AttributeValue expiresAt = item.get(EXPIRES_AT);
        boolean expired = expiresAt != null && Long.parseLong(expiresAt.n()) <= now.getEpochSecond();
        return expired ? Optional.empty() : Optional.of(item);
    }

    private static boolean conditional(Runnable write) {
        try {
            write.run();
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static AttributeValue n(Instant instant) {
        return AttributeValue.fromN(Long.toString(instant.getEpochSecond()));
    }

    private static AttributeValue list(List<String> values) {
        return AttributeValue.fromL(values.stream().map(AttributeValue::fromS).toList());
    }
}
