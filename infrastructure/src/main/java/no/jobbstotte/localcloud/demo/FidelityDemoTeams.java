package no.jobbstotte.localcloud.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import no.jobbstotte.shared.domain.OrganisationNumber;
import no.jobbstotte.shared.followup.WorkingDays;
import no.jobbstotte.shared.followup.event.DirectoryEvent;
import no.jobbstotte.shared.followup.event.EventHeader;
import no.jobbstotte.shared.followup.event.InboundEvent;
import no.jobbstotte.shared.followup.event.PlacementEvent;
import no.jobbstotte.shared.followup.event.PlacementEvent.Met;

/**
 * Demo data for the IPS fidelity figures (issue #19), beside the follow-up demo's team: employer
 * contacts in job development, a team whose specialists are slow to make the first face-to-face
 * employer contact ({@value #SLOW_TEAM}), and a team far above a caseload of 20 ({@value #FULL_TEAM}:
 * two specialists, {@value #FULL_TEAM_PLACEMENTS} active placements). Seeded, so every demo shows the
 * same figures; events only, through the queue, like the case system's.
 */
final class FidelityDemoTeams {

    static final String SLOW_TEAM = "team-demo-nord";
    static final List<String> SLOW_SPECIALISTS = List.of("js-demo-nord-1", "js-demo-nord-2");
    static final String FULL_TEAM = "team-demo-sor";
    static final List<String> FULL_SPECIALISTS = List.of("js-demo-sor-1", "js-demo-sor-2");
    static final int SLOW_TEAM_PLACEMENTS = 8;
    static final int FULL_TEAM_PLACEMENTS = 45;

    private final LocalDate runDay;
    private final Random random = new Random(19);
    private final List<InboundEvent> events = new ArrayList<>();

    private FidelityDemoTeams(LocalDate runDay) {
        this.runDay = runDay;
    }

    /** The two teams' directory entries and placement histories. */
    static List<InboundEvent> events(LocalDate runDay) {
        FidelityDemoTeams demo = new FidelityDemoTeams(runDay);
        demo.team(SLOW_TEAM, "tl-demo-nord", "Nord", SLOW_SPECIALISTS);
        demo.team(FULL_TEAM, "tl-demo-sor", "Sør", FULL_SPECIALISTS);
        for (int p = 0; p < SLOW_TEAM_PLACEMENTS; p++) {
            demo.slowJobSearch("plc-demo-nord-" + (p + 1), SLOW_SPECIALISTS.get(p % 2), p);
        }
        for (int p = 0; p < FULL_TEAM_PLACEMENTS; p++) {
            demo.fullCaseload("plc-demo-sor-" + (p + 1), FULL_SPECIALISTS.get(p % 2), p);
        }
        return demo.events;
    }

    /**
     * Job-development contacts for one of the follow-up demo's placements: the first face to face
     * four days after referral (a rapid job search), then one by phone a week later.
     */
    static List<PlacementEvent> contacts(EventHeader referral, Random random) {
        Instant at = referral.occurredAt();
        return List.of(contact(referral, at.plus(java.time.Duration.ofDays(4)), true, random),
                contact(referral, at.plus(java.time.Duration.ofDays(11)), false, random));
    }

    private void team(String teamId, String leadId, String name, List<String> specialists) {
        events.add(new DirectoryEvent.TeamLeadUpserted(id(), leadId, teamId, "Demo Teamleder " + name,
                "teamleder-" + teamId.substring("team-demo-".length()) + "@jobbstotte.example"));
        for (String specialist : specialists) {
            events.add(new DirectoryEvent.SpecialistUpserted(id(), specialist, "Demo Jobbspesialist " + name + " "
                    + specialist.substring(specialist.length() - 1), specialist.substring(3) + "@jobbstotte.example",
                    teamId, leadId));
        }
    }

    /**
     * Referred 50–120 days ago; phone contacts early, the first face-to-face contact only after six
     * to ten weeks (40–70 days), and for every fourth placement none yet: a mean of about 66 days,
     * item score 3 where the scale wants 30 days or less.
     */
    private void slowJobSearch(String placementId, String specialist, int variant) {
        int referredDaysAgo = 50 + variant * 10;
        EventHeader referral = header(placementId, specialist, SLOW_TEAM, referredDaysAgo);
        events.add(new PlacementEvent.Referred(referral));
        events.add(contact(referral, daysAgo(referredDaysAgo - 10), false, random));
        if (variant % 4 != 3) {
            events.add(contact(referral, daysAgo(referredDaysAgo - 40 - 5 * variant), true, random));
        }
    }

    /**
     * Referred 10–230 days ago, at every stage but ended: in job search with a contact or two, in
     * a trial, or hired with a follow-up now and then; all on the caseload.
     */
    private void fullCaseload(String placementId, String specialist, int variant) {
        int referredDaysAgo = 10 + variant * 5;
        EventHeader referral = header(placementId, specialist, FULL_TEAM, referredDaysAgo);
        events.add(new PlacementEvent.Referred(referral));
        events.add(contact(referral, daysAgo(referredDaysAgo - 3 - variant % 9), variant % 3 != 0, random));
        if (referredDaysAgo > 60 && variant % 2 == 0) {
            Optional<String> employer = Optional.of(OrganisationNumber.generate(random).value());
            events.add(new PlacementEvent.TrialStarted(withEmployer(referral, daysAgo(referredDaysAgo - 40), employer),
                    runDay.minusDays(referredDaysAgo - 40).plusWeeks(4)));
            events.add(new PlacementEvent.Hired(withEmployer(referral, daysAgo(referredDaysAgo - 68), employer)));
            int hiredDaysAgo = referredDaysAgo - 68;
            if (variant % 4 == 0 && hiredDaysAgo >= 4) {
                events.add(new PlacementEvent.FollowUpDone(withEmployer(referral, daysAgo(hiredDaysAgo / 2), employer),
                        Met.PARTICIPANT));
            }
        }
    }

    private static PlacementEvent contact(EventHeader referral, Instant at, boolean faceToFace, Random random) {
        Optional<String> contacted = random.nextBoolean() ? Optional.of(OrganisationNumber.generate(random).value())
                : Optional.empty();
        return new PlacementEvent.EmployerContact(new EventHeader(id(), referral.placementId(), referral.specialistId(),
                referral.teamId(), referral.municipalityNumber(), contacted, at), faceToFace);
    }

    private EventHeader header(String placementId, String specialist, String team, int daysAgo) {
        return new EventHeader(id(), placementId, specialist, team, team.equals(SLOW_TEAM) ? "1804" : "4204",
                Optional.empty(), daysAgo(daysAgo));
    }

    private static EventHeader withEmployer(EventHeader h, Instant at, Optional<String> employer) {
        return new EventHeader(id(), h.placementId(), h.specialistId(), h.teamId(), h.municipalityNumber(), employer, at);
    }

    private Instant daysAgo(int days) {
        return runDay.minusDays(Math.max(1, days)).atTime(10, 0).atZone(WorkingDays.OSLO).toInstant();
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }
}
