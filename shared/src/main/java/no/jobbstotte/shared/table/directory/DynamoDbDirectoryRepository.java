package no.jobbstotte.shared.table.directory;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import no.jobbstotte.shared.followup.event.DirectoryEvent.SpecialistDeactivated;
import no.jobbstotte.shared.followup.event.DirectoryEvent.SpecialistUpserted;
import no.jobbstotte.shared.followup.event.DirectoryEvent.TeamLeadUpserted;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * The DirectoryTable's writer on the low-level client; each write is conditional on being the
 * newest event.
 */
public final class DynamoDbDirectoryRepository implements DirectoryRepository {

    /** Newer than what is stored: later time, or the same time and a greater event id. */
    static final String NEWER = "attribute_not_exists(#personId) OR #lastEventAt < :at"
            + " OR (#lastEventAt = :at AND #lastEventId < :eventId)";
    private static final Map<String, String> NAMES = Map.of("#personId", DirectoryItem.PERSON_ID,
            "#lastEventAt", DirectoryItem.LAST_EVENT_AT, "#lastEventId", DirectoryItem.LAST_EVENT_ID);

    private final DynamoDbClient dynamoDb;
    private final String tableName;

    public DynamoDbDirectoryRepository(DynamoDbClient dynamoDb, String tableName) {
        this.dynamoDb = Objects.requireNonNull(dynamoDb);
        this.tableName = Objects.requireNonNull(tableName);
    }

    @Override
    public DirectoryWrite upsertSpecialist(SpecialistUpserted event, Instant eventAt) {
        return put(DirectoryItem.specialist(event, eventAt), event.eventId(), eventAt);
    }

    @Override
    public DirectoryWrite upsertTeamLead(TeamLeadUpserted event, Instant eventAt) {
        return put(DirectoryItem.teamLead(event, eventAt), event.eventId(), eventAt);
    }

    @Override
    public DirectoryWrite deactivateSpecialist(SpecialistDeactivated event, Instant eventAt) {
        // An update, not a put: the name and team stay, so the team lead can still be told whose
        // placements lost their specialist.
        UpdateItemRequest request = UpdateItemRequest.builder()
                .tableName(tableName)
                .key(DirectoryItem.key(event.specialistId()))
                .updateExpression("SET #active = :false, #lastEventAt = :at, #lastEventId = :eventId,"
                        + " #role = if_not_exists(#role, :specialist)")
                .conditionExpression(NEWER)
                .expressionAttributeNames(with(Map.of("#active", DirectoryItem.ACTIVE, "#role", DirectoryItem.ROLE)))
                .expressionAttributeValues(Map.of(
                        ":false", AttributeValue.fromBool(false),
                        ":specialist", AttributeValue.fromS(Person.Role.SPECIALIST.name()),
                        ":at", AttributeValue.fromS(DirectoryItem.eventAt(eventAt)),
                        ":eventId", AttributeValue.fromS(event.eventId())))
                .build();
        return ifNewer(() -> dynamoDb.updateItem(request));
    }

    @Override
    public Optional<Person> find(String personId) {
        Map<String, AttributeValue> item = dynamoDb.getItem(r -> r.tableName(tableName).consistentRead(true)
                .key(DirectoryItem.key(personId))).item();
        return item == null ? Optional.empty() : DirectoryItem.toPerson(item);
    }

    private DirectoryWrite put(Map<String, AttributeValue> item, String eventId, Instant eventAt) {
        PutItemRequest request = PutItemRequest.builder()
                .tableName(tableName)
                .item(item)
                .conditionExpression(NEWER)
                .expressionAttributeNames(NAMES)
                .expressionAttributeValues(Map.of(
                        ":at", AttributeValue.fromS(DirectoryItem.eventAt(eventAt)),
                        ":eventId", AttributeValue.fromS(eventId)))
                .build();
        return ifNewer(() -> dynamoDb.putItem(request));
    }

    /** Runs a write conditional on {@link #NEWER}; a failed condition means a later event is stored. */
    private static DirectoryWrite ifNewer(Runnable write) {
        try {
            write.run();
            return DirectoryWrite.APPLIED;
        } catch (ConditionalCheckFailedException e) {
            return DirectoryWrite.STALE;
        }
    }

    private static Map<String, String> with(Map<String, String> more) {
        Map<String, String> names = new HashMap<>(NAMES);
        names.putAll(more);
        return names;
    }
}
