package no.jobbstotte.shared.table.volunteers;

import static no.jobbstotte.shared.table.volunteers.VolunteerItems.CONFIRMED;
import static no.jobbstotte.shared.table.volunteers.VolunteerItems.COUNT;
import static no.jobbstotte.shared.table.volunteers.VolunteerItems.EXPIRES_AT;
import static no.jobbstotte.shared.table.volunteers.VolunteerItems.PENDING;
import static no.jobbstotte.shared.table.volunteers.VolunteerItems.STATUS;
import static no.jobbstotte.shared.table.volunteers.VolunteerItems.VOLUNTEER_ID;
import static no.jobbstotte.shared.table.volunteers.VolunteerItems.conditional;
import static no.jobbstotte.shared.table.volunteers.VolunteerItems.day;
import static no.jobbstotte.shared.table.volunteers.VolunteerItems.emailKey;
import static no.jobbstotte.shared.table.volunteers.VolunteerItems.item;
import static no.jobbstotte.shared.table.volunteers.VolunteerItems.n;
import static no.jobbstotte.shared.table.volunteers.VolunteerItems.s;
import static no.jobbstotte.shared.table.volunteers.VolunteerItems.volunteerKey;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import no.jobbstotte.shared.volunteer.VolunteerSignup;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/**
 * The volunteers, their address claims and the anonymous monthly counts in VolunteersTable. There
 * are no transactions (the local DynamoDB lacks them), so callers order their writes to fail safe:
 * the e-mail claim comes first, and anything orphaned by a crash carries an {@code expiresAt}.
 */
public final class DynamoDbVolunteers implements Volunteers {

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
        return VolunteerItems.live(dynamoDb, table, emailKey(emailHash), now).map(item -> item.get(VOLUNTEER_ID).s());
    }

    @Override
    public void addPending(String volunteerId, VolunteerSignup signup, String emailHash, Instant now, Instant expiresAt) {
        Map<String, AttributeValue> item = VolunteerItems.pendingVolunteer(volunteerId, signup, emailHash, now, expiresAt);
        dynamoDb.putItem(r -> r.tableName(table).item(item));
    }

    @Override
    public Optional<Volunteer> find(String volunteerId, Instant now) {
        return VolunteerItems.live(dynamoDb, table, volunteerKey(volunteerId), now).map(VolunteerItems::volunteer);
    }

    @Override
    public Optional<Volunteer> confirm(String volunteerId, Instant now, LocalDate day) {
        try {
            return Optional.of(VolunteerItems.volunteer(dynamoDb.updateItem(r -> r.tableName(table).key(volunteerKey(volunteerId))
                    .updateExpression("SET #s = :confirmed, confirmedAt = :at, confirmedDay = :day REMOVE expiresAt")
                    .conditionExpression("#s = :pending AND expiresAt > :now")
                    .expressionAttributeNames(Map.of("#s", STATUS))
                    .expressionAttributeValues(Map.of(":confirmed", s(CONFIRMED), ":pending", s(PENDING),
                            ":at", s(now.toString()), ":day", day(day), ":now", n(now)))
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

    @Override
    public void countConfirmation(String municipalityNumber, YearMonth month) {
        dynamoDb.updateItem(r -> r.tableName(table).key(VolunteerItems.countKey(municipalityNumber, month))
                .updateExpression("ADD #c :one")
                .expressionAttributeNames(Map.of("#c", COUNT))
                .expressionAttributeValues(Map.of(":one", n(1))));
    }

    @Override
    public void erase(String volunteerId, Optional<String> emailHash) {
        dynamoDb.deleteItem(r -> r.tableName(table).key(volunteerKey(volunteerId)));
        // Only the claim that points to this volunteer: the address may meanwhile belong to a new sign-up.
        emailHash.ifPresent(hash -> conditional(() -> dynamoDb.deleteItem(r -> r.tableName(table)
                .key(emailKey(hash))
                .conditionExpression("volunteerId = :id")
                .expressionAttributeValues(Map.of(":id", s(volunteerId))))));
    }

    @Override
    public boolean recordPoliceCertificate(String volunteerId, LocalDate shownOn) {
        return conditional(() -> dynamoDb.updateItem(r -> r.tableName(table).key(volunteerKey(volunteerId))
                .updateExpression("SET policeCertificateShownOn = :day")
                .conditionExpression("attribute_exists(pk) AND #s = :confirmed")
                .expressionAttributeNames(Map.of("#s", STATUS))
                .expressionAttributeValues(Map.of(":day", day(shownOn), ":confirmed", s(CONFIRMED)))));
    }
}
