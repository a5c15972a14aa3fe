package no.jobbstotte.shared.table.placements;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import no.jobbstotte.shared.fidelity.FidelityFacts;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The PlacementsTable's fidelity readers on the low-level client: a scan for the publication and
 * the {@code byTeam} index for a team's weekly mail, each reading only what {@link FidelityFacts}
 * needs. A class of its own beside {@link DynamoDbPlacements}, whose {@link MilestoneScan} has a
 * method of the same name and erasure.
 */
public final class DynamoDbFidelityFacts implements FidelityScan, TeamFidelityFacts {

    private final DynamoDbClient dynamoDb;
    private final String table;

    public DynamoDbFidelityFacts(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = Objects.requireNonNull(dynamoDb);
        this.table = Objects.requireNonNull(table);
    }

    @Override
    public long forEachPlacement(Consumer<FidelityFacts> each) {
        return read(dynamoDb.scanPaginator(b -> b.tableName(table)
                .projectionExpression(FidelityItem.PROJECTION)
                .expressionAttributeNames(FidelityItem.ATTRIBUTE_NAMES)).items(), each);
    }

    @Override
    public List<FidelityFacts> ofTeam(String teamId) {
        List<FidelityFacts> facts = new ArrayList<>();
        read(dynamoDb.queryPaginator(b -> b.tableName(table).indexName(PlacementItem.BY_TEAM)
                .keyConditionExpression("#t = :team")
                .projectionExpression(FidelityItem.PROJECTION)
                .expressionAttributeNames(FidelityItem.ATTRIBUTE_NAMES)
                .expressionAttributeValues(Map.of(":team", AttributeValue.fromS(teamId)))).items(), facts::add);
        return facts;
    }

    private static long read(Iterable<Map<String, AttributeValue>> items, Consumer<FidelityFacts> each) {
        long malformed = 0;
        for (Map<String, AttributeValue> item : items) {
            FidelityFacts facts;
            try {
                facts = FidelityItem.facts(item);
            } catch (FidelityItem.MalformedItemException e) {
                malformed++;
                continue;
            }
            each.accept(facts);
        }
        return malformed;
    }
}
