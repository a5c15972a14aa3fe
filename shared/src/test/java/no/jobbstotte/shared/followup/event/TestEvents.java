package no.jobbstotte.shared.followup.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import no.jobbstotte.shared.followup.Party;
import no.jobbstotte.shared.followup.event.PlacementEvent.Ended;
import no.jobbstotte.shared.followup.event.PlacementEvent.FollowUpDone;
import no.jobbstotte.shared.followup.event.PlacementEvent.Hired;
import no.jobbstotte.shared.followup.event.PlacementEvent.InterviewHeld;
import no.jobbstotte.shared.followup.event.PlacementEvent.Met;
import no.jobbstotte.shared.followup.event.PlacementEvent.Paused;
import no.jobbstotte.shared.followup.event.PlacementEvent.Referred;
import no.jobbstotte.shared.followup.event.PlacementEvent.Resumed;
import no.jobbstotte.shared.followup.event.PlacementEvent.SpecialistChanged;
import no.jobbstotte.shared.followup.event.PlacementEvent.TrialExtended;
import no.jobbstotte.shared.followup.event.PlacementEvent.TrialStarted;

/** Placement events with defaults: placement p-1, specialist s-1, team t-1, Molde (1506). */
public final class TestEvents {

    public static final String PLACEMENT = "p-1";
    public static final String SPECIALIST = "s-1";
    public static final String ORG = "964951284";

    private TestEvents() {}

    /** {@code at} is an ISO instant, e.g. {@code 2026-03-02T09:00:00Z}. */
    public static EventHeader header(String eventId, String at) {
        return header(eventId, at, SPECIALIST);
    }

    public static EventHeader header(String eventId, String at, String specialistId) {
        return new EventHeader(eventId, PLACEMENT, specialistId, "t-1", "1506", Optional.empty(),
                Instant.parse(at));
    }

    public static EventHeader withEmployer(EventHeader h) {
        return new EventHeader(h.eventId(), h.placementId(), h.specialistId(), h.teamId(),
                h.municipalityNumber(), Optional.of(ORG), h.occurredAt());
    }

    public static Referred referred(String id, String at) {
        return new Referred(header(id, at));
    }

    public static InterviewHeld interviewHeld(String id, String at) {
        return new InterviewHeld(withEmployer(header(id, at)));
    }

    public static TrialStarted trialStarted(String id, String at, String endsOn) {
        return new TrialStarted(withEmployer(header(id, at)), LocalDate.parse(endsOn));
    }

    public static TrialExtended trialExtended(String id, String at, String newEndsOn) {
        return new TrialExtended(withEmployer(header(id, at)), LocalDate.parse(newEndsOn));
    }

    public static Hired hired(String id, String at) {
        return new Hired(withEmployer(header(id, at)));
    }

    public static FollowUpDone followUpDone(String id, String at, Met met) {
        return new FollowUpDone(header(id, at), met);
    }

    public static PlacementEvent.FollowUpPostponed postponed(String id, String at, Party party, String dueOn,
            String newDueOn) {
        return new PlacementEvent.FollowUpPostponed(header(id, at), party, LocalDate.parse(dueOn),
                LocalDate.parse(newDueOn));
    }

    /** A job-development contact with employer {@code contactedOrg} (another than the placement's). */
    public static PlacementEvent.EmployerContact employerContact(String id, String at, boolean faceToFace,
            Optional<String> contactedOrg) {
        EventHeader h = header(id, at);
        return new PlacementEvent.EmployerContact(new EventHeader(h.eventId(), h.placementId(), h.specialistId(),
                h.teamId(), h.municipalityNumber(), contactedOrg, h.occurredAt()), faceToFace);
    }

    public static Paused paused(String id, String at) {
        return new Paused(header(id, at));
    }

    public static Resumed resumed(String id, String at) {
        return new Resumed(header(id, at));
    }

    public static SpecialistChanged specialistChanged(String id, String at, String newSpecialistId) {
        return new SpecialistChanged(header(id, at), newSpecialistId);
    }

    public static Ended ended(String id, String at, String reason) {
        return new Ended(header(id, at), reason);
    }
}
