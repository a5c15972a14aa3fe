package no.jobbstotte.agreementsapi.table.chains;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/**
 * Chains in the chains table, mapped by hand: {@code chainId}, {@code name}, {@code status}
 * (ACTIVE|DISABLED) and {@code secrets}, a list of maps {secretId, masterVersion, createdAt, revokedAt?}. No
 * secret value is stored: a table export names each chain's secrets but cannot give one. An entry
 * written before secrets were derived still holds its value in {@code secret} and has no
 * masterVersion: it is read as {@link EmployerChain.Secret#LEGACY}, never verifies, and revoking it
 * removes the value.
 */
public final class DynamoDbChainRepository implements ChainRepository {

    private final DynamoDbClient dynamoDb;
    private final String table;

    public DynamoDbChainRepository(DynamoDbClient dynamoDb, String table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
    }

    @Override
    public Optional<EmployerChain> find(String chainId) {
        Map<String, AttributeValue> item = dynamoDb.getItem(r -> r.tableName(table).key(key(chainId)).consistentRead(true)).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(fromItem(item));
    }

    @Override
    public List<EmployerChain> list() {
        List<EmployerChain> chains = new ArrayList<>();
        dynamoDb.scanPaginator(ScanRequest.builder().tableName(table).consistentRead(true).build())
                .items().forEach(item -> chains.add(fromItem(item)));
        chains.sort((a, b) -> a.chainId().compareTo(b.chainId()));
        return chains;
    }

    @Override
    public boolean register(String chainId, String name) {
        Map<String, AttributeValue> item = new HashMap<>(key(chainId));
        item.put("name", s(name));
        item.put("status", s(EmployerChain.Status.ACTIVE.name()));
        item.put("secrets", AttributeValue.fromL(List.of()));
        try {
            dynamoDb.putItem(r -> r.tableName(table).item(item).conditionExpression("attribute_not_exists(chainId)"));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    @Override
    public void addSecret(String chainId, String secretId, String masterVersion, Instant createdAt) {
        AttributeValue entry = AttributeValue.fromM(Map.of(
                "secretId", s(secretId), "masterVersion", s(masterVersion), "createdAt", s(createdAt.toString())));
        try {
            dynamoDb.updateItem(r -> r.tableName(table).key(key(chainId))
                    .updateExpression("SET secrets = list_append(secrets, :new)")
                    .conditionExpression("attribute_exists(chainId)")
                    .expressionAttributeValues(Map.of(":new", AttributeValue.fromL(List.of(entry)))));
        } catch (ConditionalCheckFailedException e) {
            throw new UnknownChainException(chainId);
        }
    }

    @Override
    public boolean revoke(String chainId, String secretId, Instant revokedAt) {
        Optional<EmployerChain> chain = find(chainId);
        if (chain.isEmpty()) {
            return false;
        }
        List<EmployerChain.Secret> secrets = chain.get().secrets();
        for (int i = 0; i < secrets.size(); i++) {
            EmployerChain.Secret secret = secrets.get(i);
            if (secret.secretId().equals(secretId)) {
                if (secret.revokedAt().isPresent()) {
                    return false;
                }
                String path = "secrets[" + i + "]";
                try {
                    dynamoDb.updateItem(r -> r.tableName(table).key(key(chainId))
                            .updateExpression("SET " + path + ".revokedAt = :at REMOVE " + path + ".secret")
                            .conditionExpression(path + ".secretId = :id AND attribute_not_exists(" + path + ".revokedAt)")
                            .expressionAttributeValues(Map.of(":at", s(revokedAt.toString()), ":id", s(secretId))));
                    return true;
                } catch (ConditionalCheckFailedException e) {
                    return false;
                }
            }
        }
        return false;
    }

    @Override
    public void disable(String chainId) {
        try {
            dynamoDb.updateItem(r -> r.tableName(table).key(key(chainId))
                    .updateExpression("SET #status = :disabled")
                    .conditionExpression("attribute_exists(chainId)")
                    .expressionAttributeNames(Map.of("#status", "status"))
                    .expressionAttributeValues(Map.of(":disabled", s(EmployerChain.Status.DISABLED.name()))));
        } catch (ConditionalCheckFailedException e) {
            throw new UnknownChainException(chainId);
        }
    }

    private static EmployerChain fromItem(Map<String, AttributeValue> item) {
        List<EmployerChain.Secret> secrets = new ArrayList<>();
        AttributeValue list = item.get("secrets");
        if (list != null && list.hasL()) {
            for (AttributeValue value : list.l()) {
                Map<String, AttributeValue> m = value.m();
                AttributeValue revoked = m.get("revokedAt");
                AttributeValue masterVersion = m.get("masterVersion");
                secrets.add(new EmployerChain.Secret(m.get("secretId").s(),
                        masterVersion == null ? EmployerChain.Secret.LEGACY : masterVersion.s(),
                        Instant.parse(m.get("createdAt").s()),
                        revoked == null || revoked.s() == null ? Optional.empty() : Optional.of(Instant.parse(revoked.s()))));
            }
        }
        return new EmployerChain(item.get("chainId").s(), item.get("name").s(),
                EmployerChain.Status.valueOf(item.get("status").s()), secrets);
    }

    private static Map<String, AttributeValue> key(String chainId) {
        return Map.of("chainId", s(chainId));
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }
}
