package no.jobbstotte.shared.table.agreements;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.jobbstotte.shared.agreement.Agreement;
import no.jobbstotte.shared.table.agreements.AgreementStore.Fingerprints;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/**
 * Which versions the history already holds, with other content or with the same, read before a
 * push is accepted: the history entry keeps each accepted version's content hash for good
 * ({@link AgreementItem}). One BatchGetItem per 100 versions (a push has at most 100), fetching only
 * the keys and the hash.
 */
final class StoredFingerprints {

    /** BatchGetItem's limit of keys per call. */
    static final int MAX_KEYS = 100;

    private final AgreementsTable table;

    StoredFingerprints(AgreementsTable table) {
        this.table = table;
    }

    Fingerprints match(List<Agreement> versions) {
        Map<String, List<Agreement>> byKey = new LinkedHashMap<>();
        for (Agreement version : versions) {
            byKey.computeIfAbsent(key(version.chainId(), AgreementItem.historySk(version)), k -> new ArrayList<>())
                    .add(version);
        }
        Set<Agreement> conflicting = new HashSet<>();
        Set<Agreement> known = new HashSet<>();
        List<String> keys = List.copyOf(byKey.keySet());
        for (int start = 0; start < keys.size(); start += MAX_KEYS) {
            for (Map<String, AttributeValue> entry : read(byKey, keys.subList(start, Math.min(start + MAX_KEYS, keys.size())))) {
                AttributeValue stored = entry.get("contentHash");
                if (stored == null) {
                    continue; // accepted before the API wrote hashes: the sync decides
                }
                String storedHash = stored.s();
                for (Agreement version : byKey.get(key(entry.get("chainId").s(), entry.get("sk").s()))) {
                    (storedHash.equals(VersionWriter.contentHash(version)) ? known : conflicting).add(version);
                }
            }
        }
        return new Fingerprints(conflicting, known);
    }

    /** The history entries among these keys that exist, consistently read. */
    private List<Map<String, AttributeValue>> read(Map<String, List<Agreement>> byKey, List<String> keys) {
        List<Map<String, AttributeValue>> itemKeys = keys.stream().map(k -> {
            Agreement any = byKey.get(k).get(0);
            return AgreementItem.key(any.chainId(), AgreementItem.historySk(any));
        }).toList();
        BatchGetItemResponse response = table.dynamoDb().batchGetItem(r -> r.requestItems(Map.of(table.name(),
                KeysAndAttributes.builder().keys(itemKeys).consistentRead(true)
                        .projectionExpression("#c, #sk, #h")
                        .expressionAttributeNames(Map.of("#c", "chainId", "#sk", "sk", "#h", "contentHash"))
                        .build())));
        List<Map<String, AttributeValue>> found = new ArrayList<>(response.responses().getOrDefault(table.name(), List.of()));
        KeysAndAttributes unprocessed = response.unprocessedKeys().get(table.name());
        if (unprocessed != null) {
            // Left over under throttling: read one by one, where the SDK's own retries and backoff apply.
            for (Map<String, AttributeValue> key : unprocessed.keys()) {
                table.get(key.get("chainId").s(), key.get("sk").s()).ifPresent(found::add);
            }
        }
        return found;
    }

    private static String key(String chainId, String sk) {
        return chainId + "\n" + sk;
    }
}
