package no.jobbstotte.shared.table.agreements;

import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The table's client and name, with the read every part of the store makes: one consistent item. */
record AgreementsTable(DynamoDbClient dynamoDb, String name) {

    Optional<Map<String, AttributeValue>> get(String chainId, String sk) {
        var response = dynamoDb.getItem(r -> r.tableName(name).key(AgreementItem.key(chainId, sk)).consistentRead(true));
        return response.hasItem() && !response.item().isEmpty() ? Optional.of(response.item()) : Optional.empty();
    }
}
