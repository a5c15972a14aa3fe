package no.jobbstotte.hardening;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Seeded random inputs for fuzzing (a minimal copy of shared's test generators, RandomValues and
 * RandomJson, which are not published as a test jar): strings biased toward near-misses and
 * awkward characters, JSON trees keyed by a format's own field names, and mutations of a valid
 * document (drop, retype or replace one field, add an unknown one).
 */
final class Fuzz {

    static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final List<String> NEAR_MISSES = List.of("", " ", "\u0000", "null", "true", "-1", "0", "1e309",
            "9999999999999999999999", "0301", "9999", "964951284", "964951285", "2024-02-29", "2023-02-29",
            "2026-13-01", "2026-01-05T08:00:00Z", "2026-01-05T08:00:00", "../../etc/passwd", "%00", "%zz", "<script>",
            "'; DROP TABLE x; --", "${jndi:ldap://127.0.0.1/x}", "{{7*7}}", "A".repeat(300), "ø".repeat(70),
            "\u202e", "\ufeff", "a#b", "x@y", "+4791234567", "whsec_", "v1,", "\r\n", "\t");

    private final RandomGenerator random;

    Fuzz(RandomGenerator random) {
        this.random = random;
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** Any string: near-misses, ASCII, any BMP character (lone surrogates included), long runs. */
    String string() {
        return switch (random.nextInt(6)) {
            case 0, 1 -> pick(NEAR_MISSES);
            case 2 -> chars(random.nextInt(24), 0x20, 0x7f);
            case 3 -> chars(random.nextInt(24), 0, 0x10000);
            case 4 -> chars(random.nextInt(12), 0x80, 0x800);
            default -> pick(NEAR_MISSES) + chars(random.nextInt(4), 0x20, 0x7f);
        };
    }

    /** A string made of printable ASCII only (header values, ids). */
    String ascii(int maxLength) {
        return chars(random.nextInt(maxLength + 1), 0x21, 0x7f);
    }

    private String chars(int length, int from, int to) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append((char) (from + random.nextInt(to - from)));
        }
        return out.toString();
    }

    /** Only the characters SQS accepts in a message body. */
    static String sqsSafe(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000).forEach(out::appendCodePoint);
        return out.isEmpty() ? "x" : out.toString();
    }

    JsonNode scalar() {
        return switch (random.nextInt(9)) {
            case 0 -> JSON.nullNode();
            case 1 -> JSON.booleanNode(random.nextBoolean());
            case 2 -> JSON.numberNode(random.nextLong());
            case 3 -> JSON.numberNode(random.nextInt(-3, 200));
            case 4 -> JSON.numberNode(new BigDecimal(BigInteger.TEN.pow(random.nextInt(40)), -random.nextInt(5)));
            case 5 -> JSON.numberNode(random.nextDouble() * 1e6);
            default -> JSON.textNode(string());
        };
    }

    /** A random tree whose object keys are mostly {@code fieldNames}. */
    JsonNode json(List<String> fieldNames, int depth) {
        int kind = random.nextInt(depth <= 0 ? 1 : 4);
        if (kind == 0) {
            return scalar();
        }
        if (kind == 1) {
            ArrayNode array = JSON.arrayNode();
            for (int i = random.nextInt(4); i > 0; i--) {
                array.add(json(fieldNames, depth - 1));
            }
            return array;
        }
        ObjectNode object = JSON.objectNode();
        for (int i = random.nextInt(10); i > 0; i--) {
            String name = random.nextInt(5) == 0 || fieldNames.isEmpty() ? string() : pick(fieldNames);
            object.set(name, json(fieldNames, depth - 1));
        }
        return object;
    }

    /** A valid document with one to three faults: a field dropped, retyped, replaced, or an unknown one added. */
    ObjectNode mutate(ObjectNode valid, List<String> fieldNames) {
        ObjectNode copy = valid.deepCopy();
        for (int n = 1 + random.nextInt(3); n > 0; n--) {
            List<String> names = new ArrayList<>();
            for (Iterator<String> it = copy.fieldNames(); it.hasNext(); ) {
                names.add(it.next());
            }
            String name = names.isEmpty() ? pick(fieldNames) : pick(names);
            switch (random.nextInt(5)) {
                case 0 -> copy.remove(name);
                case 1 -> copy.set(name, scalar());
                case 2 -> copy.put(name, string());
                case 3 -> copy.set(string(), scalar());
                default -> copy.set(name, json(fieldNames, 2));
            }
        }
        return copy;
    }

    byte[] bytes(int maxLength) {
        byte[] out = new byte[random.nextInt(maxLength + 1)];
        random.nextBytes(out);
        return out;
    }
}
