package no.jobbstotte.shared.followup.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import java.util.random.RandomGenerator;
import no.jobbstotte.shared.followup.event.PlacementEvent.Met;
import no.jobbstotte.shared.testing.RandomValues;
import no.jobbstotte.shared.testing.Tries;
import org.junit.jupiter.api.Test;

/**
 * The parser is total: any input gives an event or an InvalidPlacementEventException. Seeded, so
 * a failure names the seed and the input that reproduce it.
 */
class PlacementEventJsonPropertyTest {

    private static final List<String> VALID = List.of(
            PlacementEventJson.write(TestEvents.trialStarted("e-3", "2026-03-02T09:00:00Z", "2026-03-29")),
            PlacementEventJson.write(TestEvents.followUpDone("e-6", "2026-03-02T09:00:00Z", Met.BOTH)),
            PlacementEventJson.write(TestEvents.employerContact("e-7", "2026-03-02T09:00:00Z", true,
                    java.util.Optional.of("923609016"))),
            PlacementEventJson.write(new DirectoryEvent.SpecialistUpserted(
                    "d-1", "s-1", "Kari Nordmann", "kari@nav.example", "t-1", "l-1")));

    private static final String JSON_CHARS = "{}[]\",:0123456789-eE.tfnul\\ ";
    private static final List<String> NOISE = List.of("null", "true", "1e400", "-0", "\"\"", "[]", "{}",
            "\"\\u0000\"", "99999999999999999999", "\"2026-02-30\"", "\"x\":1,");

    @Test
    void parse_anyString_eventOrInvalidPlacementEvent() {
        Tries.check(0x5EED_E001L, Tries.DEFAULT, PlacementEventJsonPropertyTest::anyString,
                PlacementEventJsonPropertyTest::assertTotal);
    }

    @Test
    void parse_mutatedValidEvent_eventOrInvalidPlacementEvent() {
        Tries.check(0x5EED_E002L, Tries.DEFAULT, PlacementEventJsonPropertyTest::mutant,
                PlacementEventJsonPropertyTest::assertTotal);
    }

    private static void assertTotal(String input) {
        Throwable thrown = catchThrowable(() -> PlacementEventJson.parse(input));
        if (thrown != null) {
            assertThat(thrown).isExactlyInstanceOf(InvalidPlacementEventException.class);
        }
    }

    /**
     * Any string of up to 255 chars (control characters, lone surrogates, characters outside the
     * BMP); every fourth is made of JSON punctuation and literals, so the parser gets past the
     * first character more often.
     */
    private static String anyString(RandomGenerator random) {
        return random.nextInt(4) > 0
                ? RandomValues.anyString(random, 255)
                : RandomValues.stringOf(random, JSON_CHARS, 0, 255);
    }

    /**
     * A valid event with one span replaced by JSON-ish noise: breaks syntax, types and values.
     * The span starts anywhere (the ends more likely) and is up to 8 chars long.
     */
    private static String mutant(RandomGenerator random) {
        String json = RandomValues.pick(random, VALID);
        int start = switch (random.nextInt(8)) {
            case 0 -> 0;
            case 1 -> json.length() - 1;
            default -> random.nextInt(json.length());
        };
        int end = Math.min(json.length(), start + RandomValues.length(random, 0, 8));
        String replacement = random.nextBoolean()
                ? RandomValues.stringOf(random, JSON_CHARS, 0, 6)
                : RandomValues.pick(random, NOISE);
        return json.substring(0, start) + replacement + json.substring(end);
    }
}
