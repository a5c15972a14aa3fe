package no.jobbstotte.shared.followup.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import no.jobbstotte.shared.followup.event.PlacementEvent.Met;

/** The parser is total: any input gives an event or an InvalidPlacementEventException. */
class PlacementEventJsonPropertyTest {

    private static final List<String> VALID = List.of(
            PlacementEventJson.write(TestEvents.trialStarted("e-3", "2026-03-02T09:00:00Z", "2026-03-29")),
            PlacementEventJson.write(TestEvents.followUpDone("e-6", "2026-03-02T09:00:00Z", Met.BOTH)),
            PlacementEventJson.write(new DirectoryEvent.SpecialistUpserted(
                    "d-1", "s-1", "Kari Nordmann", "kari@nav.example", "t-1", "l-1")));

    @Property
    void parse_anyString_eventOrInvalidPlacementEvent(@ForAll String input) {
        assertTotal(input);
    }

    @Property
    void parse_mutatedValidEvent_eventOrInvalidPlacementEvent(@ForAll("mutants") String input) {
        assertTotal(input);
    }

    private static void assertTotal(String input) {
        Throwable thrown = catchThrowable(() -> PlacementEventJson.parse(input));
        if (thrown != null) {
            assertThat(thrown).isExactlyInstanceOf(InvalidPlacementEventException.class);
        }
    }

    /** A valid event with one span replaced by JSON-ish noise: breaks syntax, types and values. */
    @Provide
    Arbitrary<String> mutants() {
        Arbitrary<String> noise = Arbitraries.oneOf(
                Arbitraries.strings().withChars("{}[]\",:0123456789-eE.tfnul\\ ").ofMaxLength(6),
                Arbitraries.of("null", "true", "1e400", "-0", "\"\"", "[]", "{}", "\"\\u0000\"",
                        "99999999999999999999", "\"2026-02-30\"", "\"x\":1,"));
        return Combinators.combine(Arbitraries.of(VALID), Arbitraries.integers().between(0, 1000),
                Arbitraries.integers().between(0, 8), noise)
                .as((json, at, length, replacement) -> {
                    int start = at % json.length();
                    int end = Math.min(json.length(), start + length);
                    return json.substring(0, start) + replacement + json.substring(end);
                });
    }
}
