package no.jobbstotte.shared.table.agreements;

import static no.jobbstotte.shared.table.agreements.AgreementItem.AGREEMENT;
import static no.jobbstotte.shared.table.agreements.AgreementItem.s;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.jobbstotte.shared.agreement.Agreement;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The opaque cursor of {@link AgreementStore#updatedSince}: the {@code byUpdated} index's
 * LastEvaluatedKey (three strings), base64url-encoded. Ids never contain a line break.
 */
final class UpdatedCursor {

    /** {@code updatedKey} as {@link AgreementItem#SORTABLE} writes it: {@code <updatedAt>#<agreementId>}. */
    private static final Pattern UPDATED_KEY =
            Pattern.compile("([0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z)#(.+)");

    private UpdatedCursor() {}

    static String encode(Map<String, AttributeValue> lastKey) {
        String raw = lastKey.get("chainId").s() + "\n" + lastKey.get("sk").s() + "\n" + lastKey.get("updatedKey").s();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Only a key this store could have written for this chain, inside the query's range: anything
     * else would make DynamoDB refuse the request (an empty key value, a start key outside the key
     * condition), which must be the caller's 400, not our 500.
     *
     * @throws IllegalArgumentException for any other cursor
     */
    static Map<String, AttributeValue> decode(String chainId, String cursor, String sinceKey) {
        String[] parts;
        try {
            parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\n", -1);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("invalid cursor");
        }
        if (parts.length != 3 || !parts[0].equals(chainId) || !parts[1].startsWith(AGREEMENT)) {
            throw new IllegalArgumentException("invalid cursor");
        }
        String agreementId = parts[1].substring(AGREEMENT.length());
        Matcher updatedKey = UPDATED_KEY.matcher(parts[2]);
        if (!Agreement.isValidId(agreementId) || !updatedKey.matches() || !updatedKey.group(2).equals(agreementId)
                || parts[2].compareTo(sinceKey) <= 0) {
            throw new IllegalArgumentException("invalid cursor");
        }
        return Map.of("chainId", s(parts[0]), "sk", s(parts[1]), "updatedKey", s(parts[2]));
    }
}
