package no.jobbstotte.shared.testing;

import java.lang.reflect.Array;
import java.lang.reflect.RecordComponent;
import java.util.HexFormat;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * Runs a property over many seeded random samples, with plain JUnit: no property-testing library.
 *
 * <p>Every run is reproducible. The run seed is fixed in the test (override it with
 * {@code -Djobbstotte.seed=...} to explore, and the number of tries with
 * {@code -Djobbstotte.tries=...}); each try draws its sample from its own
 * {@code new SplittableRandom(trySeed)}, and a failure names the run seed, the try, the try seed
 * and the sample, so the failing case can be rebuilt on its own. The first failure stops the run.
 */
public final class Tries {

    /** Tries per property unless a test asks for more: the library default these properties ran with before. */
    public static final int DEFAULT = 1000;

    private Tries() {}

    /** Checks {@code property} for {@code tries} samples drawn by {@code generator}. */
    public static <T> void check(long seed, int tries, Function<RandomGenerator, T> generator, Consumer<? super T> property) {
        long runSeed = Long.getLong("jobbstotte.seed", seed);
        int runTries = Integer.getInteger("jobbstotte.tries", tries);
        SplittableRandom seeds = new SplittableRandom(runSeed);
        for (int i = 0; i < runTries; i++) {
            long trySeed = seeds.nextLong();
            Object sample = "<not generated: the generator threw>";
            try {
                T generated = generator.apply(new SplittableRandom(trySeed));
                sample = generated;
                property.accept(generated);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError(String.format(
                        "Property failed on try %d of %d (seed %dL, try seed %dL: the sample is generator.apply(new SplittableRandom(%dL))).%n"
                                + "Sample: %s%nFailure: %s",
                        i + 1, runTries, runSeed, trySeed, trySeed, describe(sample), e), e);
            }
        }
    }

    /** A sample as text for a failure message: strings quoted and escaped, bytes in hex, records by component. */
    public static String describe(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof CharSequence text) {
            return quote(text.toString());
        }
        if (value instanceof byte[] bytes) {
            return "byte[" + bytes.length + "] 0x" + HexFormat.of().formatHex(bytes);
        }
        if (value.getClass().isArray()) {
            StringBuilder out = new StringBuilder("[");
            for (int i = 0; i < Array.getLength(value); i++) {
                out.append(i == 0 ? "" : ", ").append(describe(Array.get(value, i)));
            }
            return out.append(']').toString();
        }
        if (value instanceof Record record) {
            StringBuilder out = new StringBuilder(record.getClass().getSimpleName()).append('[');
            RecordComponent[] components = record.getClass().getRecordComponents();
            for (int i = 0; i < components.length; i++) {
                Object component;
                try {
                    var accessor = components[i].getAccessor();
                    accessor.setAccessible(true);
                    component = accessor.invoke(record);
                } catch (ReflectiveOperationException e) {
                    component = "<" + e + ">";
                }
                out.append(i == 0 ? "" : ", ").append(components[i].getName()).append('=').append(describe(component));
            }
            return out.append(']').toString();
        }
        return value.toString();
    }

    /** Java-style literal: printable ASCII as is, everything else as a backslash-u escape. */
    private static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c >= 0x20 && c < 0x7f) {
                out.append(c);
            } else {
                out.append(String.format("\\u%04X", (int) c));
            }
        }
        return out.append("\" (length ").append(text.length()).append(')').toString();
    }
}
