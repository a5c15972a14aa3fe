package no.jobbstotte.shared.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import no.jobbstotte.shared.followup.event.EventHeader;
import no.jobbstotte.shared.followup.event.PlacementEvent;
import no.jobbstotte.shared.followup.event.PlacementEvent.Met;
import no.jobbstotte.shared.testing.RandomValues;
import no.jobbstotte.shared.testing.Tries;
import org.junit.jupiter.api.Test;

/**
 * The reducer's contract: the final placement depends only on the set of events, not on the
 * order they arrive in or on how often each arrives. Seeded, so a failure names the seed and
 * the history and delivery that reproduce it.
 */
class PlacementReducerPropertyTest {

    private static final PlacementReducer REDUCER = new PlacementReducer(FollowUpPlan.defaults());
    private static final Instant START = Instant.parse("2026-03-02T06:00:00Z");
    /** Events fall on quarter days within 40 days: inside the reducer's 60-day horizon. */
    private static final int MAX_QUARTER_DAYS = 40 * 4;
    private static final int MAX_EVENTS = 25;
    private static final int MAX_EXTRA_COPIES = 2;

    @Test
    void replay_anyPermutationWithDuplicates_equalPlacement() {
        Tries.check(0x5EED_B001L, Tries.DEFAULT, PlacementReducerPropertyTest::delivery, delivery -> {
            List<PlacementEvent> inOrder = new ArrayList<>(delivery.events());
            inOrder.sort(PlacementEvent.ORDER);

            assertThat(REDUCER.replay(delivery.delivered())).isEqualTo(REDUCER.replay(inOrder));
        });
    }

    @Test
    void apply_sameEventTwice_secondIsNoOp() {
        Tries.check(0x5EED_B002L, Tries.DEFAULT, PlacementReducerPropertyTest::redelivery, redelivery -> {
            Placement before = REDUCER.replay(redelivery.events());

            assertThat(REDUCER.apply(before, redelivery.again())).isSameAs(before);
        });
    }

    /** A history and one delivery of it: every event once plus 0–2 extra copies, shuffled. */
    static Delivery delivery(RandomGenerator random) {
        List<PlacementEvent> events = history(random);
        List<PlacementEvent> delivered = new ArrayList<>(events);
        for (PlacementEvent event : events) {
            for (int copies = random.nextInt(MAX_EXTRA_COPIES + 1); copies > 0; copies--) {
                delivered.add(event);
            }
        }
        Collections.shuffle(delivered, random);
        return new Delivery(events, delivered);
    }

    static Redelivery redelivery(RandomGenerator random) {
        List<PlacementEvent> events = history(random);
        return new Redelivery(events, events.get(random.nextInt(events.size())));
    }

    /**
     * 1–25 events of any type with ids e-0, e-1, …, at few distinct instants (quarter days within
     * 40 days), so that ties broken by event id are common: the instants are drawn with the
     * bounds and the first hours more likely, and every third history is squeezed into at most
     * three days, sometimes into a single instant.
     */
    static List<PlacementEvent> history(RandomGenerator random) {
        int size = RandomValues.length(random, 1, MAX_EVENTS);
        int maxQuarterDays = random.nextInt(3) == 0
                ? RandomValues.pick(random, List.of(0, 1, 4, 12))
                : MAX_QUARTER_DAYS;
        List<PlacementEvent> events = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            Instant at = START.plusSeconds(RandomValues.length(random, 0, maxQuarterDays) * 6L * 3600);
            events.add(event(random, "e-" + i, at));
        }
        return events;
    }

    private static PlacementEvent event(RandomGenerator random, String eventId, Instant at) {
        String specialist = RandomValues.pick(random, List.of("s-1", "s-2"));
        Optional<String> org = random.nextBoolean() ? Optional.empty() : Optional.of("964951284");
        EventHeader h = new EventHeader(eventId, "p-1", specialist, "t-1", "1506", org, at);
        LocalDate day = at.atOffset(ZoneOffset.UTC).toLocalDate();
        return switch (random.nextInt(12)) {
            case 0 -> new PlacementEvent.Referred(h);
            case 1 -> new PlacementEvent.InterviewHeld(h);
            case 2 -> new PlacementEvent.TrialStarted(h, day.plusWeeks(4));
            case 3 -> new PlacementEvent.TrialExtended(h, day.plusWeeks(2));
            case 4 -> new PlacementEvent.Hired(h);
            case 5 -> new PlacementEvent.FollowUpDone(h, RandomValues.pick(random, List.of(Met.values())));
            case 6 -> new PlacementEvent.Paused(h);
            case 7 -> new PlacementEvent.Resumed(h);
            case 8 -> new PlacementEvent.SpecialistChanged(h, RandomValues.pick(random, List.of("s-2", "s-3")));
            case 9 -> new PlacementEvent.FollowUpPostponed(h, RandomValues.pick(random, List.of(Party.values())), day,
                    day.plusDays(1 + random.nextInt(14)));
            // The contacted employer is another than the placement's: it must never become it.
            case 10 -> new PlacementEvent.EmployerContact(new EventHeader(eventId, "p-1", specialist, "t-1", "1506",
                    org.map(o -> "923609016"), at), random.nextBoolean());
            default -> new PlacementEvent.Ended(h, "job_lost");
        };
    }

    /** Samples are classes, not records, so a failure shows them in this short form. */
    static final class Delivery {
        private final List<PlacementEvent> events;
        private final List<PlacementEvent> delivered;

        Delivery(List<PlacementEvent> events, List<PlacementEvent> delivered) {
            this.events = List.copyOf(events);
            this.delivered = List.copyOf(delivered);
        }

        List<PlacementEvent> events() {
            return events;
        }

        List<PlacementEvent> delivered() {
            return delivered;
        }

        @Override
        public String toString() {
            return "events " + describe(events) + ", delivered in order "
                    + delivered.stream().map(PlacementEvent::eventId).collect(Collectors.joining(", ", "[", "]"));
        }
    }

    static final class Redelivery {
        private final List<PlacementEvent> events;
        private final PlacementEvent again;

        Redelivery(List<PlacementEvent> events, PlacementEvent again) {
            this.events = List.copyOf(events);
            this.again = again;
        }

        List<PlacementEvent> events() {
            return events;
        }

        PlacementEvent again() {
            return again;
        }

        @Override
        public String toString() {
            return "events " + describe(events) + ", again " + again.eventId();
        }
    }

    /** One event per line: id, type, instant, header fields that vary, and the event's own field. */
    static String describe(List<PlacementEvent> events) {
        return events.stream().map(PlacementReducerPropertyTest::describe)
                .collect(Collectors.joining(System.lineSeparator() + "  ", "[" + System.lineSeparator() + "  ",
                        System.lineSeparator() + "]"));
    }

    private static String describe(PlacementEvent event) {
        EventHeader h = event.header();
        String own = switch (event) {
            case PlacementEvent.TrialStarted e -> " endsOn=" + e.endsOn();
            case PlacementEvent.TrialExtended e -> " newEndsOn=" + e.newEndsOn();
            case PlacementEvent.FollowUpDone e -> " met=" + e.met();
            case PlacementEvent.SpecialistChanged e -> " newSpecialistId=" + e.newSpecialistId();
            case PlacementEvent.Ended e -> " reason=" + e.reason();
            case PlacementEvent.FollowUpPostponed e -> " party=" + e.party() + " newDueOn=" + e.newDueOn();
            case PlacementEvent.EmployerContact e -> " faceToFace=" + e.faceToFace();
            default -> "";
        };
        return h.eventId() + " " + event.getClass().getSimpleName() + " " + h.occurredAt() + " " + h.specialistId()
                + h.employerOrgNumber().map(org -> " org=" + org).orElse("") + own;
    }
}
