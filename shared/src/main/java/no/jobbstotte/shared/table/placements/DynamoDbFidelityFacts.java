package no.jobbstotte.shared.table.placements;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import no.jobbstotte.shared.fidelity.FidelityFacts;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A team's fidelity facts on the low-level client, from the {@code byTeamCaseload} index, reading only what
 * {@link FidelityFacts} needs (the publication reads them with the milestones, in
 * {@link DynamoDbPlacements}'s one statistics scan).
 */
public final class DynamoDbFidelityFacts implements TeamFidelityFacts {

    private final DynamoDbClient dynamoDb;
    private final String table;

    public DynamoDbFidelityFacts(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = Objects.requireNonNull(dynamoDb);
        this.table = Objects.requireNonNull(table);
    }

    @Override
    public List<FidelityFacts> ofTeam(String teamId) {
        List<FidelityFacts> facts = new ArrayList<>();
        for (Map<String, AttributeValue> item : dynamoDb.queryPaginator(b -> b.tableName(table)
                .indexName(PlacementItem.BY_TEAM_CASELOAD).keyConditionExpression("#t = :team")
                .projectionExpression(FidelityItem.PROJECTION)
                .expressionAttributeNames(FidelityItem.ATTRIBUTE_NAMES)
                .expressionAttributeValues(Map.of(":team", AttributeValue.fromS(teamId)))).items()) {
            try {
                facts.add(FidelityItem.facts(item));
            } catch (FidelityItem.MalformedItemException e) {
                // Left out: one corrupt item must not hold back a team's figures.
            }
        }
        return facts;
    }
}
