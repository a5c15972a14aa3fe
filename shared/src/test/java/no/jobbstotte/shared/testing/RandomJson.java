package no.jobbstotte.shared.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Random JSON trees for properties over code that takes any JSON: scalars of every type (biased
 * toward near-misses of real formats, big numbers and long strings), objects whose keys are
 * mostly {@code fieldNames} so every field's checks are reached, and arrays.
 */
public final class RandomJson {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final BigInteger MIN_BIG = BigInteger.TWO.pow(53).negate();
    private static final BigInteger MAX_BIG = BigInteger.TEN.pow(30);
    private static final int MAX_ENTRIES = 14;
    private static final int MAX_ARRAY = 4;
    private static final List<String> NEAR_MISSES = List.of("framework", "local", "active", "suspended", "ended",
            "0301", "9999", "964951284", "964951285", "2024-02-29", "2023-02-29", "9999-12-31", "0000-01-01",
            " ", "\u0000", "\uD800");

    private final List<String> fieldNames;
    private final List<String> textNearMisses;

    /**
     * @param fieldNames the names objects' keys are mostly drawn from
     * @param textNearMisses extra strings to use as text values, e.g. valid-looking formats
     */
    public RandomJson(List<String> fieldNames, List<String> textNearMisses) {
        this.fieldNames = List.copyOf(fieldNames);
        this.textNearMisses = List.copyOf(textNearMisses);
    }

    /** Objects' keys mostly from {@code fieldNames}; text values biased to the agreement formats. */
    public RandomJson(List<String> fieldNames) {
        this(fieldNames, NEAR_MISSES);
    }

    /** A request item: mostly an object nested up to two deep, sometimes any other value. */
    public JsonNode item(RandomGenerator random) {
        return random.nextInt(9) < 8 ? object(random, 1) : value(random);
    }

    /** A scalar, an object one level deep, or an array of up to four scalars. */
    public JsonNode value(RandomGenerator random) {
        return switch (random.nextInt(3)) {
            case 0 -> scalar(random);
            case 1 -> object(random, 1);
            default -> {
                ArrayNode array = JSON.arrayNode();
                for (int i = RandomValues.length(random, 0, MAX_ARRAY); i > 0; i--) {
                    array.add(scalar(random));
                }
                yield array;
            }
        };
    }

    /**
     * An object of up to 14 entries; with depth above 0, a quarter of the values are objects
     * themselves. A later duplicate key overwrites, as in a parsed document.
     */
    public ObjectNode object(RandomGenerator random, int depth) {
        ObjectNode node = JSON.objectNode();
        for (int i = RandomValues.length(random, 0, MAX_ENTRIES); i > 0; i--) {
            JsonNode value = depth > 0 && random.nextInt(4) == 0 ? object(random, depth - 1) : scalar(random);
            node.set(key(random), value);
        }
        return node;
    }

    /** Three times in four a known field name, else any string of up to 8 chars. */
    public String key(RandomGenerator random) {
        return random.nextInt(4) < 3 ? fieldName(random) : RandomValues.anyString(random, 8);
    }

    public String fieldName(RandomGenerator random) {
        return RandomValues.pick(random, fieldNames);
    }

    /** Text shaped like ÅÅÅÅ-MM-DD, with months 00–13 and days 00–32: mostly not a real date. */
    private static String dateShaped(RandomGenerator random) {
        return String.format("%04d-%02d-%02d", random.nextInt(10_000), random.nextInt(14), random.nextInt(33));
    }

    /** A scalar of any JSON type. */
    public JsonNode scalar(RandomGenerator random) {
        return switch (random.nextInt(13)) {
            case 0 -> JSON.nullNode();
            case 1 -> JSON.booleanNode(random.nextBoolean());
            case 2 -> JSON.numberNode(RandomValues.anyLong(random));
            case 3 -> JSON.numberNode(random.nextInt(-2, 10_003));
            case 4 -> JSON.numberNode(RandomValues.anyDouble(random));
            case 5 -> JSON.numberNode(RandomValues.bigInteger(random, MIN_BIG, MAX_BIG));
            case 6 -> JSON.numberNode(RandomValues.anyBigDecimal(random));
            case 7 -> JSON.numberNode(new BigDecimal(random.nextBoolean() ? "1E+400" : "-1E+400"));
            case 8 -> JSON.textNode(RandomValues.anyString(random, 210));
            case 9 -> JSON.textNode(RandomValues.stringOf(random, "0123456789", 1, 10));
            case 10 -> JSON.textNode(RandomValues.stringOf(random, "0123456789-T:+ ", 0, 12));
            case 11 -> JSON.textNode(dateShaped(random));
            default -> JSON.textNode(RandomValues.pick(random, textNearMisses));
        };
    }
}
