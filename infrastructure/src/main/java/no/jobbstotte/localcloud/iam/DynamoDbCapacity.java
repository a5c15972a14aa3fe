package no.jobbstotte.localcloud.iam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * Asks DynamoDB for the capacity each call consumes without the function asking: the request gets
 * {@code ReturnConsumedCapacity: TOTAL}, and the answer loses the figures again (with its CRC32
 * header recomputed) when the function had not asked, so the function sees what it would have.
 */
final class DynamoDbCapacity {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> READS = Set.of("GetItem", "BatchGetItem", "Query", "Scan", "TransactGetItems");
    private static final Set<String> METERED = Set.of("GetItem", "BatchGetItem", "Query", "Scan", "PutItem",
            "UpdateItem", "DeleteItem", "BatchWriteItem");
    private static final Set<String> CONDITIONAL = Set.of("PutItem", "UpdateItem", "DeleteItem");
    private static final Set<String> PAGED_READS = Set.of("Query", "Scan");

    private DynamoDbCapacity() {}

    /** The request asking for TOTAL capacity, or null when the operation reports none or the caller already asks. */
    static byte[] askFor(String operation, byte[] body) {
        if (!METERED.contains(operation)) {
            return null;
        }
        try {
            JsonNode request = JSON.readTree(body);
            if (!(request instanceof ObjectNode object) || !"NONE".equals(object.path("ReturnConsumedCapacity")
                    .asText("NONE"))) {
                return null;
            }
            object.put("ReturnConsumedCapacity", "TOTAL");
            return JSON.writeValueAsBytes(object);
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Units consumed: {reads, writes}, as the answer reports them, or the minimum AWS bills where
     * the emulator reports none: a write whose condition failed is billed by the existing item's
     * size, at least one unit, but its error answer carries no figures, so it counts as one unit;
     * a Query or Scan that read nothing is billed one 4 KB read (half a unit, one if consistent).
     */
    static double[] units(String operation, byte[] request, int status, byte[] response) {
        double total = 0;
        try {
            JsonNode answer = JSON.readTree(response);
            if (status == 400 && CONDITIONAL.contains(operation)
                    && answer.path("__type").asText().endsWith("ConditionalCheckFailedException")) {
                return new double[] {0, 1};
            }
            JsonNode capacity = answer.path("ConsumedCapacity");
            for (JsonNode entry : capacity.isArray() ? capacity : JSON.createArrayNode().add(capacity)) {
                total += entry.path("CapacityUnits").asDouble(0);
            }
            if (total == 0 && status == 200 && PAGED_READS.contains(operation)) {
                total = JSON.readTree(request).path("ConsistentRead").asBoolean(false) ? 1 : 0.5;
            }
        } catch (IOException e) {
            return new double[] {0, 0};
        }
        return READS.contains(operation) ? new double[] {total, 0} : new double[] {0, total};
    }

    /** The answer without ConsumedCapacity, for a caller that did not ask for it. */
    static byte[] strip(byte[] response) {
        try {
            JsonNode answer = JSON.readTree(response);
            if (answer instanceof ObjectNode object && object.remove("ConsumedCapacity") != null) {
                return JSON.writeValueAsBytes(object);
            }
        } catch (IOException e) {
            // Not JSON: leave it as it came.
        }
        return response;
    }

    static String crc32(byte[] body) {
        CRC32 crc = new CRC32();
        crc.update(body);
        return Long.toString(crc.getValue());
    }
}
