package no.jobbstotte.shared.followup.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import no.jobbstotte.shared.followup.Party;

/**
 * A lifecycle event of one placement (oppfølgingsløp). Events may arrive late, twice or out of
 * order; {@link #ORDER} is the one order in which they are applied.
 */
public sealed interface PlacementEvent extends InboundEvent {

    /** Occurrence time, then event id to break ties the same way everywhere. */
    Comparator<PlacementEvent> ORDER = Comparator
            .comparing((PlacementEvent e) -> e.header().occurredAt())
            .thenComparing(e -> e.header().eventId());

    EventHeader header();

    default String eventId() {
        return header().eventId();
    }

    default String placementId() {
        return header().placementId();
    }

    default Instant occurredAt() {
        return header().occurredAt();
    }

    /** Who was met in a follow-up. */
    enum Met {
        PARTICIPANT,
        EMPLOYER,
        BOTH
    }

    /** Referred to the service (henvist); job search starts. */
    record Referred(EventHeader header) implements PlacementEvent {
        public Referred {
            Objects.requireNonNull(header, "header");
        }
    }

    /** A job interview with an employer took place; it counts as an employer contact. */
    record InterviewHeld(EventHeader header) implements PlacementEvent {
        public InterviewHeld {
            Objects.requireNonNull(header, "header");
        }
    }

    /** A paid trial (utprøving) started; {@code endsOn} is its planned last day. */
    record TrialStarted(EventHeader header, LocalDate endsOn) implements PlacementEvent {
        public TrialStarted {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(endsOn, "endsOn");
        }
    }

    record TrialExtended(EventHeader header, LocalDate newEndsOn) implements PlacementEvent {
        public TrialExtended {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(newEndsOn, "newEndsOn");
        }
    }

    /** Permanent or ordinary employment (ansatt). */
    record Hired(EventHeader header) implements PlacementEvent {
        public Hired {
            Objects.requireNonNull(header, "header");
        }
    }

    record FollowUpDone(EventHeader header, Met met) implements PlacementEvent {
        public FollowUpDone {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(met, "met");
        }
    }

    /**
     * A due follow-up moved to a later day ("Utsett"): {@code party}'s follow-up planned for
     * {@code dueOn} is instead due on {@code newDueOn}, and the plan goes on from there.
     */
    record FollowUpPostponed(EventHeader header, Party party, LocalDate dueOn, LocalDate newDueOn)
            implements PlacementEvent {
        public FollowUpPostponed {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(party, "party");
            Objects.requireNonNull(dueOn, "dueOn");
            Objects.requireNonNull(newDueOn, "newDueOn");
            if (!newDueOn.isAfter(dueOn)) {
                throw new IllegalArgumentException("newDueOn must be after dueOn");
            }
        }
    }

    /**
     * A contact with an employer in job development (jobbutvikling) on the placement's behalf, made
     * in the header's {@code specialistId}'s name. The header's {@code employerOrgNumber} is the
     * employer contacted, when known: it is not the placement's employer and never becomes it.
     */
    record EmployerContact(EventHeader header, boolean faceToFace) implements PlacementEvent {
        public EmployerContact {
            Objects.requireNonNull(header, "header");
        }
    }

    record Paused(EventHeader header) implements PlacementEvent {
        public Paused {
            Objects.requireNonNull(header, "header");
        }
    }

    record Resumed(EventHeader header) implements PlacementEvent {
        public Resumed {
            Objects.requireNonNull(header, "header");
        }
    }

    /** The placement moves to another job specialist; the header names the previous one. */
    record SpecialistChanged(EventHeader header, String newSpecialistId) implements PlacementEvent {
        public SpecialistChanged {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(newSpecialistId, "newSpecialistId");
        }
    }

    /** The placement ended; {@code reason} is a code from the case system, not free text. */
    record Ended(EventHeader header, String reason) implements PlacementEvent {
        public Ended {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
