package no.jobbstotte.agreementssync;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.jobbstotte.localcloud.LocalCloud;
import no.jobbstotte.shared.agreement.Agreement;
import no.jobbstotte.shared.agreement.ProcessingStatus;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Reads the agreements table's raw items, for assertions the store's interface does not expose. */
final class AgreementsTableItems {

    private AgreementsTableItems() {}

    static List<Map<String, AttributeValue>> history(LocalCloud cloud, Agreement a) {
        return cloud.dynamoDb().query(r -> r.tableName(cloud.tableName("AgreementsTable"))
                .consistentRead(true)
                .keyConditionExpression("chainId = :c AND begins_with(sk, :p)")
                .expressionAttributeValues(Map.of(":c", AttributeValue.fromS(a.chainId()),
                        ":p", AttributeValue.fromS("HISTORY#" + a.agreementId() + "#")))).items();
    }

    /**
     * The status of exactly this version, if one was recorded: ACCEPTED reads as STORED once the
     * current item holds the version or a higher one, as the store reads it.
     */
    static Optional<ProcessingStatus> status(LocalCloud cloud, Agreement a) {
        var item = cloud.dynamoDb().getItem(r -> r.tableName(cloud.tableName("AgreementsTable"))
                .consistentRead(true)
                .key(Map.of("chainId", AttributeValue.fromS(a.chainId()), "sk",
                        AttributeValue.fromS("HISTORY#" + a.agreementId() + "#" + String.format("%016d", a.version())))))
                .item();
        var current = cloud.dynamoDb().getItem(r -> r.tableName(cloud.tableName("AgreementsTable"))
                .consistentRead(true)
                .key(Map.of("chainId", AttributeValue.fromS(a.chainId()), "sk", AttributeValue.fromS("AGREEMENT#" + a.agreementId()))))
                .item();
        boolean held = current != null && !current.isEmpty() && Long.parseLong(current.get("version").n()) >= a.version();
        return Optional.ofNullable(item.get("status")).map(v -> ProcessingStatus.valueOf(v.s()))
                .map(s -> s == ProcessingStatus.ACCEPTED && held ? ProcessingStatus.STORED : s);
    }

    static int count(LocalCloud cloud) {
        return cloud.dynamoDb().scan(r -> r.tableName(cloud.tableName("AgreementsTable")).consistentRead(true)).count();
    }
}
