package no.jobbstotte.shared.testing;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Random primitives, strings and bytes for property tests, biased toward edge cases the way a
 * property-testing library would be: boundaries, empty and long values, control characters,
 * lone surrogates, characters outside the BMP and look-alikes of ASCII.
 */
public final class RandomValues {

    private static final List<Long> EDGE_LONGS = List.of(0L, 1L, -1L, 2L, -2L, Long.MIN_VALUE, Long.MAX_VALUE,
            Long.MIN_VALUE + 1, Long.MAX_VALUE - 1, (long) Integer.MIN_VALUE, (long) Integer.MAX_VALUE,
            1L << 53, (1L << 53) - 1, (1L << 53) + 1, -(1L << 53), -(1L << 53) - 1);
    private static final List<Double> EDGE_DOUBLES = List.of(0.0, -0.0, 1.0, -1.0, 0.5, Double.MIN_VALUE,
            -Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, -Double.MAX_VALUE, 9007199254740992.0,
            9007199254740993.0, 1e-300, 1e300, 3.0000000000000004);

    /** Characters that often break parsers and validators, from every awkward class. */
    private static final String AWKWARD = "\u0000\u0001\u0007\b\t\n\u000B\f\r\u001B\u001F\u007F\u0080\u0085\u009F"
            + " \u00A0\u1680\u2000\u2007\u200B\u200D\u2028\u2029\u202E\u3000\uFEFF\uFFFD\uFFFE\uFFFF"
            + "\uD800\uDBFF\uDC00\uDFFF" // lone surrogates
            + "ÆØÅæøåéü\u0301\u0308ß\u0130\u0131\u212A" // Norwegian, combining marks, case-mapping oddities
            + "\uFF10\uFF19\u0660\u0669\u06F0\u0966\uFF0D\u2212\u2010" // non-ASCII digits and dashes
            + "\"\\/~%{}[],:;@<>'`$&#*?!=+-_.";

    private RandomValues() {}

    /** Any long, often one of the boundaries. */
    public static long anyLong(RandomGenerator random) {
        return random.nextInt(5) == 0 ? pick(random, EDGE_LONGS) : random.nextLong();
    }

    /** Any finite double, often a boundary; never NaN or infinite, which JSON cannot carry. */
    public static double anyDouble(RandomGenerator random) {
        return switch (random.nextInt(5)) {
            case 0 -> pick(random, EDGE_DOUBLES);
            case 1 -> random.nextInt(-1000, 1001) / 8.0;
            case 2 -> (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(-20, 21));
            default -> {
                double d = Double.longBitsToDouble(random.nextLong());
                yield Double.isFinite(d) ? d : random.nextDouble();
            }
        };
    }

    /** A BigInteger in [min, max], often at or next to a bound. */
    public static BigInteger bigInteger(RandomGenerator random, BigInteger min, BigInteger max) {
        BigInteger span = max.subtract(min);
        return switch (random.nextInt(6)) {
            case 0 -> min;
            case 1 -> max;
            case 2 -> min.add(BigInteger.valueOf(random.nextInt(3))).min(max);
            case 3 -> max.subtract(BigInteger.valueOf(random.nextInt(3))).max(min);
            default -> {
                BigInteger offset;
                do {
                    offset = new BigInteger(span.bitLength(), randomAsJavaRandom(random));
                } while (offset.compareTo(span) > 0);
                yield min.add(offset);
            }
        };
    }

    /** Any BigDecimal: huge and tiny exponents, many digits, negative scales, zero with a scale. */
    public static BigDecimal anyBigDecimal(RandomGenerator random) {
        BigInteger unscaled = new BigInteger(random.nextInt(1, 200), randomAsJavaRandom(random));
        if (random.nextBoolean()) {
            unscaled = unscaled.negate();
        }
        int scale = switch (random.nextInt(4)) {
            case 0 -> random.nextInt(-3, 4);
            case 1 -> random.nextInt(-500, 501);
            case 2 -> random.nextInt(Integer.MIN_VALUE / 2, Integer.MAX_VALUE / 2);
            default -> random.nextInt(0, 20);
        };
        return new BigDecimal(unscaled, scale);
    }

    /**
     * Any string up to {@code maxLength} chars: sometimes empty, sometimes all one kind of
     * character (ASCII, control, any BMP char including lone surrogates, supplementary code points),
     * sometimes a mix with awkward characters sprinkled in.
     */
    public static String anyString(RandomGenerator random, int maxLength) {
        int length = length(random, 0, maxLength);
        StringBuilder out = new StringBuilder(length);
        int flavour = random.nextInt(6);
        while (out.length() < length) {
            int kind = flavour == 5 ? random.nextInt(5) : flavour;
            switch (kind) {
                case 0 -> out.append((char) random.nextInt(0x20, 0x7f));
                case 1 -> out.append((char) random.nextInt(0, 0x20));
                case 2 -> out.append((char) random.nextInt(0, 0x10000));
                case 3 -> {
                    if (out.length() + 1 < length) {
                        out.appendCodePoint(random.nextInt(0x10000, Character.MAX_CODE_POINT + 1));
                    } else {
                        out.append((char) random.nextInt(0x80, 0x800));
                    }
                }
                default -> out.append(AWKWARD.charAt(random.nextInt(AWKWARD.length())));
            }
        }
        return out.toString();
    }

    /** A string of {@code min}–{@code max} chars drawn from {@code alphabet}. */
    public static String stringOf(RandomGenerator random, String alphabet, int min, int max) {
        int length = length(random, min, max);
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }

    /** Random bytes, {@code min}–{@code max} of them. */
    public static byte[] bytes(RandomGenerator random, int min, int max) {
        byte[] bytes = new byte[length(random, min, max)];
        random.nextBytes(bytes);
        return bytes;
    }

    /** A length in [min, max], with the bounds and short lengths more likely than a flat draw. */
    public static int length(RandomGenerator random, int min, int max) {
        return switch (random.nextInt(8)) {
            case 0 -> min;
            case 1 -> max;
            case 2, 3 -> Math.min(max, min + random.nextInt(4));
            default -> random.nextInt(min, max + 1);
        };
    }

    public static <T> T pick(RandomGenerator random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** For the BigInteger constructors, which take a java.util.Random; seeded from {@code random}, so reproducible. */
    private static java.util.Random randomAsJavaRandom(RandomGenerator random) {
        return new java.util.Random(random.nextLong());
    }
}
