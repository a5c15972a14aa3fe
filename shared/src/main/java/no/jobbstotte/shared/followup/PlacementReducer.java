package no.jobbstotte.shared.followup;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import no.jobbstotte.shared.fidelity.FidelityFacts;
import no.jobbstotte.shared.fidelity.FidelityFacts.EmployerContact;
import no.jobbstotte.shared.followup.event.EventHeader;
import no.jobbstotte.shared.followup.event.PlacementEvent;
import no.jobbstotte.shared.followup.event.PlacementEvent.Ended;
import no.jobbstotte.shared.followup.event.PlacementEvent.FollowUpDone;
import no.jobbstotte.shared.followup.event.PlacementEvent.FollowUpPostponed;
import no.jobbstotte.shared.followup.event.PlacementEvent.Hired;
import no.jobbstotte.shared.followup.event.PlacementEvent.InterviewHeld;
import no.jobbstotte.shared.followup.event.PlacementEvent.Met;
import no.jobbstotte.shared.followup.event.PlacementEvent.Paused;
import no.jobbstotte.shared.followup.event.PlacementEvent.Referred;
import no.jobbstotte.shared.followup.event.PlacementEvent.Resumed;
import no.jobbstotte.shared.followup.event.PlacementEvent.SpecialistChanged;
import no.jobbstotte.shared.followup.event.PlacementEvent.TrialExtended;
import no.jobbstotte.shared.followup.event.PlacementEvent.TrialStarted;

/**
 * Applies placement events so that the result does not depend on delivery order or duplicates.
 * A placement keeps the events it was built from; a new event is inserted in
 * {@link PlacementEvent#ORDER} and the state is replayed, so "Hired" arriving before "Referred"
 * ends the same as the other way round, and a redelivered event changes nothing.
 *
 * <p>To bound the stored item, events more than {@code horizon} older than the newest event, or
 * beyond the newest {@code maxEvents}, are folded into a snapshot. An event that sorts before the
 * snapshot is ignored: it is a duplicate of a folded event or arrived later than any queue keeps
 * it (SQS keeps messages at most 14 days). Order independence is therefore exact for events
 * that arrive within the horizon.
 */
public final class PlacementReducer {

    public static final Duration DEFAULT_HORIZON = Duration.ofDays(60);
    public static final int DEFAULT_MAX_EVENTS = 200;
    /** Employer contacts kept per placement: four a day through the whole contact window. */
    public static final int MAX_CONTACTS = 4 * FidelityFacts.CONTACT_WINDOW_DAYS;

    private final FollowUpPlan plan;
    private final Duration horizon;
    private final int maxEvents;

    public PlacementReducer(FollowUpPlan plan, Duration horizon, int maxEvents) {
        this.plan = Objects.requireNonNull(plan);
        this.horizon = Objects.requireNonNull(horizon);
        if (horizon.isNegative()) {
            throw new IllegalArgumentException("horizon must not be negative");
        }
        if (maxEvents < 1) {
            throw new IllegalArgumentException("maxEvents must be at least 1");
        }
        this.maxEvents = maxEvents;
    }

    public PlacementReducer(FollowUpPlan plan) {
        this(plan, DEFAULT_HORIZON, DEFAULT_MAX_EVENTS);
    }

    /**
     * The placement after {@code event}; {@code current} is {@code null} for an unknown placement.
     * Returns {@code current} itself when the event is a duplicate or sorts before the snapshot,
     * so a caller can skip the write when {@code result == current}.
     */
    public Placement apply(Placement current, PlacementEvent event) {
        if (current == null) {
            return rebuild(Optional.empty(), List.of(event));
        }
        if (!current.placementId().equals(event.placementId())) {
            throw new IllegalArgumentException("event belongs to another placement");
        }
        Optional<Placement.Compacted> compacted = current.history().compacted();
        boolean beforeSnapshot = compacted
                .filter(c -> PlacementEvent.ORDER.compare(event, c.through()) <= 0)
                .isPresent();
        if (beforeSnapshot || current.hasApplied(event.eventId())) {
            return current;
        }
        List<PlacementEvent> events = new ArrayList<>(current.history().events());
        events.add(event);
        return rebuild(compacted, events);
    }

    /** The placement built from {@code events}, in any order and with any duplicates. */
    public Placement replay(Collection<? extends PlacementEvent> events) {
        Placement placement = null;
        for (PlacementEvent event : events) {
            placement = apply(placement, event);
        }
        return placement;
    }

    /** The same placement with due dates from this reducer's plan, e.g. after a plan change. */
    public Placement replan(Placement placement) {
        return rebuild(placement.history().compacted(), placement.history().events());
    }

    private Placement rebuild(Optional<Placement.Compacted> compacted, List<PlacementEvent> unsorted) {
        List<PlacementEvent> events = new ArrayList<>(unsorted);
        events.sort(PlacementEvent.ORDER);
        int fold = foldCount(events);
        State state = compacted.map(c -> State.of(c.state())).orElse(null);
        for (int i = 0; i < events.size(); i++) {
            state = State.apply(state, events.get(i));
            if (i == fold - 1) {
                compacted = Optional.of(new Placement.Compacted(
                        state.toPlacement(plan, Placement.History.EMPTY), events.get(i)));
            }
        }
        return state.toPlacement(plan, new Placement.History(compacted, events.subList(fold, events.size())));
    }

    private int foldCount(List<PlacementEvent> sorted) {
        Instant cutoff = sorted.getLast().occurredAt().minus(horizon);
        int count = Math.max(0, sorted.size() - maxEvents);
        while (count < sorted.size() && sorted.get(count).occurredAt().isBefore(cutoff)) {
            count++;
        }
        return count;
    }

    /** The mutable fold over events; lives only inside one rebuild. */
    private static final class State {
        String placementId;
        Phase phase = Phase.REFERRED;
        boolean paused;
        String specialistId;
        String teamId;
        String municipalityNumber;
        Optional<String> employerOrgNumber = Optional.empty();
        Optional<LocalDate> referredOn = Optional.empty();
        Optional<LocalDate> trialStartedOn = Optional.empty();
        Optional<LocalDate> trialEndsOn = Optional.empty();
        Optional<LocalDate> hiredOn = Optional.empty();
        Optional<LocalDate> endedOn = Optional.empty();
        Optional<String> endReason = Optional.empty();
        LocalDate followUpFrom;
        Optional<LocalDate> lastParticipantFollowUp = Optional.empty();
        Optional<LocalDate> lastEmployerFollowUp = Optional.empty();
        Map<Party, LocalDate> postponedTo = new EnumMap<>(Party.class);
        Optional<LocalDate> firstEmployerContactOn = Optional.empty();
        Optional<LocalDate> lastFollowUpOn = Optional.empty();
        List<EmployerContact> employerContacts = new ArrayList<>();
        Instant lastEventAt;

        static State of(Placement p) {
            State s = new State();
            s.placementId = p.placementId();
            s.phase = p.phase();
            s.paused = p.paused();
            s.specialistId = p.specialistId();
            s.teamId = p.teamId();
            s.municipalityNumber = p.municipalityNumber();
            s.employerOrgNumber = p.employerOrgNumber();
            s.referredOn = p.referredOn();
            s.trialStartedOn = p.trialStartedOn();
            s.trialEndsOn = p.trialEndsOn();
            s.hiredOn = p.hiredOn();
            s.endedOn = p.endedOn();
            s.endReason = p.endReason();
            s.followUpFrom = p.followUpFrom();
            s.lastParticipantFollowUp = p.lastParticipantFollowUp();
            s.lastEmployerFollowUp = p.lastEmployerFollowUp();
            s.postponedTo.putAll(p.postponedTo());
            s.firstEmployerContactOn = p.firstEmployerContactOn();
            s.lastFollowUpOn = p.lastFollowUpOn();
            s.employerContacts.addAll(p.employerContacts());
            s.lastEventAt = p.lastEventAt();
            return s;
        }

        static State apply(State current, PlacementEvent event) {
            EventHeader h = event.header();
            LocalDate day = WorkingDays.osloDate(h.occurredAt());
            State s = current;
            if (s == null) {
                // A placement first seen through a later event (history from before this system)
                // is treated as referred on that day.
                s = new State();
                s.placementId = h.placementId();
                s.followUpFrom = day;
            }
            s.specialistId = h.specialistId();
            s.teamId = h.teamId();
            s.municipalityNumber = h.municipalityNumber();
            // A job-development contact names the employer contacted, not the placement's employer.
            if (h.employerOrgNumber().isPresent() && !(event instanceof PlacementEvent.EmployerContact)) {
                s.employerOrgNumber = h.employerOrgNumber();
            }
            s.lastEventAt = h.occurredAt();
            switch (event) {
                case Referred e -> {
                    s.enter(Phase.REFERRED, day);
                    s.referredOn = Optional.of(day);
                    // Rapid job search counts from the (last) referral: a new job search starts.
                    s.firstEmployerContactOn = Optional.empty();
                }
                case InterviewHeld e -> {
                    s.lastEmployerFollowUp = Optional.of(day);
                    s.postponedTo.remove(Party.EMPLOYER);
                    s.firstEmployerContactOn = s.firstEmployerContactOn.or(() -> Optional.of(day));
                }
                case TrialStarted e -> {
                    s.enter(Phase.TRIAL, day);
                    s.trialStartedOn = Optional.of(day);
                    s.trialEndsOn = Optional.of(e.endsOn());
                }
                case TrialExtended e -> s.trialEndsOn = Optional.of(e.newEndsOn());
                case Hired e -> {
                    s.enter(Phase.HIRED, day);
                    s.hiredOn = Optional.of(day);
                }
                case FollowUpDone e -> {
                    s.lastFollowUpOn = Optional.of(day);
                    if (e.met() != Met.EMPLOYER) {
                        s.lastParticipantFollowUp = Optional.of(day);
                        s.postponedTo.remove(Party.PARTICIPANT);
                    }
                    if (e.met() != Met.PARTICIPANT) {
                        s.lastEmployerFollowUp = Optional.of(day);
                        s.postponedTo.remove(Party.EMPLOYER);
                    }
                }
                case FollowUpPostponed e -> s.postponedTo.put(e.party(), e.newDueOn());
                case PlacementEvent.EmployerContact e -> s.employerContact(
                        new EmployerContact(day, e.faceToFace(), h.specialistId()));
                case Paused e -> {
                    s.paused = true;
                    s.restartPlan(day);
                }
                case Resumed e -> {
                    // Resuming restarts the phase's first-contact rule rather than reporting
                    // every follow-up skipped during the pause as overdue.
                    s.paused = false;
                    s.restartPlan(day);
                }
                case SpecialistChanged e -> s.specialistId = e.newSpecialistId();
                case Ended e -> {
                    s.enter(Phase.ENDED, day);
                    s.endedOn = Optional.of(day);
                    s.endReason = Optional.of(e.reason());
                }
            }
            return s;
        }

        /** Events come in order: the new contact is the newest and moves the window (and the cap). */
        private void employerContact(EmployerContact contact) {
            if (contact.faceToFace()) {
                firstEmployerContactOn = firstEmployerContactOn.or(() -> Optional.of(contact.on()));
            }
            employerContacts.add(contact);
            LocalDate from = contact.on().minusDays(FidelityFacts.CONTACT_WINDOW_DAYS);
            employerContacts.removeIf(c -> c.on().isBefore(from));
            if (employerContacts.size() > MAX_CONTACTS) {
                employerContacts.removeFirst();
            }
        }

        private void enter(Phase next, LocalDate day) {
            phase = next;
            paused = false;
            restartPlan(day);
        }

        /** The plan counts from {@code day} again; a postponement belonged to the plan before. */
        private void restartPlan(LocalDate day) {
            followUpFrom = day;
            postponedTo.clear();
        }

        Placement toPlacement(FollowUpPlan plan, Placement.History history) {
            PhaseRules rules = plan.rulesFor(Phase.forPlan(phase, paused));
            return new Placement(placementId, phase, paused, specialistId, teamId, municipalityNumber,
                    employerOrgNumber, referredOn, trialStartedOn, trialEndsOn, hiredOn, endedOn,
                    endReason, followUpFrom, lastParticipantFollowUp, lastEmployerFollowUp,
                    due(rules, Party.PARTICIPANT, lastParticipantFollowUp),
                    due(rules, Party.EMPLOYER, lastEmployerFollowUp), postponedTo,
                    firstEmployerContactOn, lastFollowUpOn, employerContacts, plan.version(), lastEventAt, history);
        }

        /** A postponed follow-up is due on the day it was postponed to, as if the plan had said so. */
        private Optional<FollowUpDue> due(PhaseRules rules, Party party, Optional<LocalDate> last) {
            return rules.forParty(party).flatMap(rule -> Optional.ofNullable(postponedTo.get(party))
                    .or(() -> rule.nextDue(followUpFrom, last.orElse(null)))
                    .map(date -> new FollowUpDue(date, rule.reason())));
        }
    }
}
