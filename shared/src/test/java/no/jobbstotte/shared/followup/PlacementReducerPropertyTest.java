package no.jobbstotte.shared.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import no.jobbstotte.shared.followup.event.EventHeader;
import no.jobbstotte.shared.followup.event.PlacementEvent;
import no.jobbstotte.shared.followup.event.PlacementEvent.Met;

/**
 * The reducer's contract: the final placement depends only on the set of events, not on the
 * order they arrive in or on how often each arrives.
 */
class PlacementReducerPropertyTest {

    private static final PlacementReducer REDUCER = new PlacementReducer(FollowUpPlan.defaults());
    private static final Instant START = Instant.parse("2026-03-02T06:00:00Z");

    @Property(tries = 500)
    void replay_anyPermutationWithDuplicates_equalPlacement(
            @ForAll("histories") List<PlacementEvent> events, @ForAll Random random) {
        List<PlacementEvent> delivered = new ArrayList<>(events);
        for (PlacementEvent event : events) {
            for (int copies = random.nextInt(3); copies > 0; copies--) {
                delivered.add(event);
            }
        }
        Collections.shuffle(delivered, random);
        List<PlacementEvent> inOrder = new ArrayList<>(events);
        inOrder.sort(PlacementEvent.ORDER);

        assertThat(REDUCER.replay(delivered)).isEqualTo(REDUCER.replay(inOrder));
    }

    @Property(tries = 300)
    void apply_sameEventTwice_secondIsNoOp(
            @ForAll("histories") List<PlacementEvent> events, @ForAll Random random) {
        Placement before = REDUCER.replay(events);
        PlacementEvent again = events.get(random.nextInt(events.size()));

        assertThat(REDUCER.apply(before, again)).isSameAs(before);
    }

    @Provide
    Arbitrary<List<PlacementEvent>> histories() {
        // Few distinct instants, so that ties broken by event id are common.
        Arbitrary<Instant> at = Arbitraries.integers().between(0, 40 * 4)
                .map(quarterDays -> START.plusSeconds(quarterDays * 6L * 3600));
        Arbitrary<Draft> draft = Combinators.combine(
                Arbitraries.integers().between(0, 9), at, Arbitraries.of("s-1", "s-2"),
                Arbitraries.of(Optional.<String>empty(), Optional.of("964951284")),
                Arbitraries.of(Met.values()), Arbitraries.of("s-2", "s-3"))
                .as(Draft::new);
        return draft.list().ofMinSize(1).ofMaxSize(25).map(drafts -> {
            List<PlacementEvent> events = new ArrayList<>();
            for (int i = 0; i < drafts.size(); i++) {
                events.add(drafts.get(i).toEvent("e-" + i));
            }
            return events;
        });
    }

    private record Draft(int type, Instant at, String specialist, Optional<String> org, Met met,
            String newSpecialist) {

        PlacementEvent toEvent(String eventId) {
            EventHeader h = new EventHeader(eventId, "p-1", specialist, "t-1", "1506", org, at);
            LocalDate day = at.atOffset(ZoneOffset.UTC).toLocalDate();
            return switch (type) {
                case 0 -> new PlacementEvent.Referred(h);
                case 1 -> new PlacementEvent.InterviewHeld(h);
                case 2 -> new PlacementEvent.TrialStarted(h, day.plusWeeks(4));
                case 3 -> new PlacementEvent.TrialExtended(h, day.plusWeeks(2));
                case 4 -> new PlacementEvent.Hired(h);
                case 5 -> new PlacementEvent.FollowUpDone(h, met);
                case 6 -> new PlacementEvent.Paused(h);
                case 7 -> new PlacementEvent.Resumed(h);
                case 8 -> new PlacementEvent.SpecialistChanged(h, newSpecialist);
                default -> new PlacementEvent.Ended(h, "job_lost");
            };
        }
    }
}
