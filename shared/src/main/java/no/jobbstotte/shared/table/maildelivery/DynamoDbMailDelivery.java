package no.jobbstotte.shared.table.maildelivery;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.jobbstotte.shared.secret.ManagedSecret;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/** MailDeliveryTable: one item per recipient address, under its keyed hash. */
public final class DynamoDbMailDelivery implements DeliveryRecords, Suppressions {

    /** BatchGetItem's limit per request. */
    private static final int BATCH = 100;

    private final DynamoDbClient dynamoDb;
    private final String table;
    private final RecipientKeys keys;

    public DynamoDbMailDelivery(DynamoDbClient dynamoDb, String table, ManagedSecret pepper) {
        this.dynamoDb = dynamoDb;
        this.table = table;
        this.keys = new RecipientKeys(pepper);
    }

    /**
     * One conditional write keeps the newest event (and, for a hard bounce or complaint, the
     * suppression with it). When a newer event is stored already, a suppressing one still sets the
     * suppression on its own: a late bounce must stop mail even after a later delivery was recorded.
     */
    @Override
    public void record(DeliveryOutcome outcome) {
        Map<String, AttributeValue> key = MailDeliveryItem.key(keys.of(outcome.address()));
        Map<String, AttributeValue> values = new HashMap<>(MailDeliveryItem.eventValues(outcome));
        String update = MailDeliveryItem.NEWER_EVENT;
        if (outcome.kind().suppresses()) {
            values.putAll(MailDeliveryItem.suppressionValues(outcome));
            update += ", " + MailDeliveryItem.SUPPRESS;
        }
        String expression = update;
        try {
            dynamoDb.updateItem(r -> r.tableName(table).key(key).updateExpression(expression)
                    .conditionExpression(MailDeliveryItem.IF_NEWER).expressionAttributeValues(values));
        } catch (ConditionalCheckFailedException newerStored) {
            if (outcome.kind().suppresses()) {
                dynamoDb.updateItem(r -> r.tableName(table).key(key).updateExpression("SET " + MailDeliveryItem.SUPPRESS)
                        .expressionAttributeValues(MailDeliveryItem.suppressionValues(outcome)));
            }
        }
    }

    @Override
    public boolean isSuppressed(String address) {
        return MailDeliveryItem.suppressed(dynamoDb.getItem(r -> r.tableName(table)
                .key(MailDeliveryItem.key(keys.of(address)))
                .projectionExpression(MailDeliveryItem.SUPPRESSED_BECAUSE)).item());
    }

    @Override
    public Set<String> suppressedAmong(Collection<String> addresses) {
        Map<String, List<String>> byKey = new LinkedHashMap<>();
        for (String address : addresses) {
            byKey.computeIfAbsent(keys.of(address), k -> new ArrayList<>()).add(address);
        }
        Set<String> suppressed = new HashSet<>();
        List<String> all = List.copyOf(byKey.keySet());
        for (int from = 0; from < all.size(); from += BATCH) {
            List<Map<String, AttributeValue>> pending = all.subList(from, Math.min(all.size(), from + BATCH)).stream()
                    .map(MailDeliveryItem::key).toList();
            while (!pending.isEmpty()) {
                KeysAndAttributes request = KeysAndAttributes.builder().keys(pending)
                        .projectionExpression(MailDeliveryItem.KEY + ", " + MailDeliveryItem.SUPPRESSED_BECAUSE).build();
                var response = dynamoDb.batchGetItem(r -> r.requestItems(Map.of(table, request)));
                for (Map<String, AttributeValue> item : response.responses().getOrDefault(table, List.of())) {
                    if (MailDeliveryItem.suppressed(item)) {
                        suppressed.addAll(byKey.get(item.get(MailDeliveryItem.KEY).s()));
                    }
                }
                KeysAndAttributes left = response.unprocessedKeys().get(table);
                pending = left == null ? List.of() : left.keys();
            }
        }
        return suppressed;
    }
}
