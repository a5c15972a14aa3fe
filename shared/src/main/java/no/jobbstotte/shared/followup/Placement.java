package no.jobbstotte.shared.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import no.jobbstotte.shared.fidelity.FidelityFacts;
import no.jobbstotte.shared.fidelity.FidelityFacts.EmployerContact;
import no.jobbstotte.shared.followup.event.PlacementEvent;

/**
 * A placement (oppfølgingsløp) as the events so far make it, with its next due follow-ups.
 * Built only by {@link PlacementReducer}; every date is a calendar date in Europe/Oslo.
 *
 * @param phase the lifecycle phase; never {@link Phase#PAUSED}, see {@link #paused}
 * @param followUpFrom the day the plan's days count from: the phase start, or the last resume
 * @param postponedTo per party, the day a due follow-up was postponed to ("Utsett") and not yet
 *     done since; it is that party's next due date while the phase's plan has a follow-up for it
 * @param firstEmployerContactOn the first face-to-face contact with an employer about a job (a
 *     face-to-face {@code employer_contact} or an interview) since the last referral
 * @param lastFollowUpOn the last {@code follow_up_done}, whoever was met
 * @param employerContacts the job-development contacts with employers, oldest first, those of the
 *     last {@link FidelityFacts#CONTACT_WINDOW_DAYS} days before the newest
 * @param planVersion the version of the plan the due dates came from
 * @param history the applied events, kept so that a late event can be put in its place
 */
public record Placement(
        String placementId,
        Phase phase,
        boolean paused,
        String specialistId,
        String teamId,
        String municipalityNumber,
        Optional<String> employerOrgNumber,
        Optional<LocalDate> referredOn,
        Optional<LocalDate> trialStartedOn,
        Optional<LocalDate> trialEndsOn,
        Optional<LocalDate> hiredOn,
        Optional<LocalDate> endedOn,
        Optional<String> endReason,
        LocalDate followUpFrom,
        Optional<LocalDate> lastParticipantFollowUp,
        Optional<LocalDate> lastEmployerFollowUp,
        Optional<FollowUpDue> nextParticipantDue,
        Optional<FollowUpDue> nextEmployerDue,
        Map<Party, LocalDate> postponedTo,
        Optional<LocalDate> firstEmployerContactOn,
        Optional<LocalDate> lastFollowUpOn,
        List<EmployerContact> employerContacts,
        String planVersion,
        Instant lastEventAt,
        History history) {

    public Placement {
        Objects.requireNonNull(placementId, "placementId");
        if (phase == Phase.PAUSED) {
            throw new IllegalArgumentException("a pause is the paused flag, not a phase");
        }
        postponedTo = postponedTo == null ? Map.of() : Map.copyOf(postponedTo);
        firstEmployerContactOn = Objects.requireNonNullElse(firstEmployerContactOn, Optional.empty());
        lastFollowUpOn = Objects.requireNonNullElse(lastFollowUpOn, Optional.empty());
        employerContacts = employerContacts == null ? List.of() : List.copyOf(employerContacts);
        Objects.requireNonNull(history, "history");
    }

    /** The phase whose plan rules apply now: {@link Phase#PAUSED} while paused and not ended. */
    public Phase planPhase() {
        return Phase.forPlan(phase, paused);
    }

    /** Still on the specialist's caseload: a paused placement counts, an ended one does not. */
    public boolean isActive() {
        return phase != Phase.ENDED;
    }

    public Optional<FollowUpDue> nextDue(Party party) {
        return party == Party.PARTICIPANT ? nextParticipantDue : nextEmployerDue;
    }

    /** Whether an event with this id is among those applied and not yet compacted. */
    public boolean hasApplied(String eventId) {
        return history.events().stream().anyMatch(e -> e.eventId().equals(eventId));
    }

    /**
     * The applied events, sorted by {@link PlacementEvent#ORDER}. Events older than the
     * compaction point are folded into {@code compacted}, the placement as it stood after them.
     */
    public record History(Optional<Compacted> compacted, List<PlacementEvent> events) {
        public static final History EMPTY = new History(Optional.empty(), List.of());

        public History {
            Objects.requireNonNull(compacted, "compacted");
            events = List.copyOf(events);
        }
    }

    /** Events up to and including {@code through} are folded into {@code state}. */
    public record Compacted(Placement state, PlacementEvent through) {
        public Compacted {
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(through, "through");
        }
    }
}
