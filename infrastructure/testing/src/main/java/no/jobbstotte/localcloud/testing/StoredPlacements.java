package no.jobbstotte.localcloud.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** PlacementsTable items as tests compare them. */
public final class StoredPlacements {

    private StoredPlacements() {}

    /**
     * Every attribute as text, the gzip-compressed {@code state} (docs/followup-data.md) as the JSON
     * it holds, with the placement's id replaced so that two placements' items compare equal.
     */
    public static Map<String, String> neutral(Map<String, AttributeValue> item, String placementId) {
        Map<String, String> neutral = new TreeMap<>();
        item.forEach((name, value) -> neutral.put(name,
                (value.b() == null ? value.toString() : json(value)).replace(placementId, "<id>")));
        return neutral;
    }

    /** The applied events' JSON in a stored item's {@code state}. */
    public static String state(Map<String, AttributeValue> item) {
        return json(item.get("state"));
    }

    private static String json(AttributeValue value) {
        try (GZIPInputStream gzip = new GZIPInputStream(value.b().asInputStream())) {
            return new String(gzip.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
