package no.jobbstotte.followupactions;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import no.jobbstotte.shared.followup.Party;
import no.jobbstotte.shared.followup.WorkingDays;
import no.jobbstotte.shared.followup.actions.ActionLink;
import no.jobbstotte.shared.followup.actions.ActionLinkSigner;
import no.jobbstotte.shared.followup.actions.InvalidActionLinkException;
import no.jobbstotte.shared.followup.event.EventHeader;
import no.jobbstotte.shared.followup.event.PlacementEvent;
import no.jobbstotte.shared.http.Problem;
import no.jobbstotte.shared.http.ProblemException;
import no.jobbstotte.shared.log.Log;
import no.jobbstotte.shared.table.placements.DueFollowUp;
import no.jobbstotte.shared.table.placements.FollowUpLookup;
import no.jobbstotte.shared.table.placements.FollowUpLookup.PlacementFollowUps;

/**
 * A digest's "Utført", "Utsett" and "Registrer arbeidsgiverkontakt" links: the page (GET) and the
 * action (POST). A follow-up link is single-use through
 * what it names rather than a record of its own: it acts only while its follow-up (placement,
 * party, due date) is still due on that date, and the event it sends has an id derived from that
 * follow-up alone. Once PlacementEvents has applied the event the follow-up is no longer due, so a
 * replay is refused; two uses that cross before then send the same event id, which PlacementEvents
 * applies once. Either way a replay changes nothing. An employer contact leaves the follow-up due,
 * so its link stays usable while the placement is in job search; its event id comes from the
 * placement, the day and the choice, so a double click is one contact.
 */
final class FollowUpActionsService {

    private static final Log LOG = Log.get(FollowUpActionsService.class);

    static final Reply DONE = new Reply.Done("recorded", "Oppfølgingen er registrert",
            "Oppfølgingen er registrert som utført. Den er borte fra neste påminnelse, og neste oppfølging "
                    + "regnes fra i dag.");
    static final Reply CONTACT = new Reply.Done("recorded", "Arbeidsgiverkontakten er registrert",
            "Kontakten med arbeidsgiveren er registrert i dag. Oppfølgingene i påminnelsen er uendret.");

    private static final DateTimeFormatter NORWEGIAN_DATE =
            DateTimeFormatter.ofPattern("EEEE d. MMMM yyyy", Locale.forLanguageTag("nb-NO"));

    private final ActionLinkSigner signer;
    private final FollowUpLookup placements;
    private final PlacementEventQueue queue;
    private final Clock clock;

    @Inject
    FollowUpActionsService(ActionLinkSigner signer, FollowUpLookup placements, PlacementEventQueue queue, Clock clock) {
        this.signer = signer;
        this.placements = placements;
        this.queue = queue;
        this.clock = clock;
    }

    /** GET: what the link will do, and the button that does it. Changes nothing. */
    Reply page(String token) {
        ActionLink link = verify(token);
        if (link.action() == ActionLink.Action.EMPLOYER_CONTACT) {
            inJobSearch(link);
            return new Reply.Form(token, "Registrer arbeidsgiverkontakt", "Registrer en kontakt med en arbeidsgiver "
                    + "om jobb for deltakeren i sak " + link.placementId() + ", i dag.", "Registrer kontakt",
                    Reply.Asks.CONTACT);
        }
        current(link);
        String which = (link.party() == Party.PARTICIPANT ? "Oppfølgingen av deltakeren" : "Oppfølgingen av arbeidsgiveren")
                + " i sak " + link.placementId();
        return link.action() == ActionLink.Action.DONE
                ? new Reply.Form(token, "Registrer oppfølging", which + " registreres som utført i dag.",
                        "Registrer som utført", Reply.Asks.NOTHING)
                : new Reply.Form(token, "Utsett oppfølging", which + " utsettes med så mange arbeidsdager "
                        + "du velger, regnet fra i dag (eller fra fristen, om den er senere).", "Utsett", Reply.Asks.DAYS);
    }

    /** POST: the follow-up done or postponed, or an employer contact, as a placement event on the queue. */
    Reply act(ActionRequests.Body request) {
        ActionLink link = verify(request.token());
        if (link.action() == ActionLink.Action.EMPLOYER_CONTACT) {
            return contact(link, ContactChoice.parse(request.faceToFace(), request.employerOrgNumber()));
        }
        PlacementFollowUps placement = current(link);
        EventHeader header = new EventHeader(eventId(link), link.placementId(), placement.specialistId(),
                placement.teamId(), placement.municipalityNumber(), Optional.empty(), clock.instant());
        PlacementEvent event = link.action() == ActionLink.Action.DONE
                ? new PlacementEvent.FollowUpDone(header, link.party() == Party.PARTICIPANT
                        ? PlacementEvent.Met.PARTICIPANT : PlacementEvent.Met.EMPLOYER)
                : new PlacementEvent.FollowUpPostponed(header, link.party(), link.dueOn(), PostponeDays
                        .newDueOn(link.dueOn(), WorkingDays.osloDate(clock.instant()), PostponeDays.parse(request.days())));
        queue.send(event);
        LOG.info("follow-up recorded from a digest link", "action", link.action().name());
        return event instanceof PlacementEvent.FollowUpPostponed postponed
                ? new Reply.Done("postponed", "Oppfølgingen er utsatt", "Oppfølgingen er utsatt til "
                        + postponed.newDueOn().format(NORWEGIAN_DATE) + ". Den er med i påminnelsen igjen den dagen.")
                : DONE;
    }

    /** The contacted employer goes in the header: the reducer never takes it for the placement's employer. */
    private Reply contact(ActionLink link, ContactChoice choice) {
        PlacementFollowUps placement = inJobSearch(link);
        EventHeader header = new EventHeader(contactEventId(link.placementId(), WorkingDays.osloDate(clock.instant()),
                choice), link.placementId(), placement.specialistId(), placement.teamId(),
                placement.municipalityNumber(), choice.employerOrgNumber(), clock.instant());
        queue.send(new PlacementEvent.EmployerContact(header, choice.faceToFace()));
        LOG.info("employer contact recorded from a digest link", "faceToFace", String.valueOf(choice.faceToFace()));
        return CONTACT;
    }

    private ActionLink verify(String token) {
        try {
            return signer.verify(token, clock.instant());
        } catch (InvalidActionLinkException e) {
            throw new ProblemException(switch (e.reason()) {
                case EXPIRED -> problem("link-expired", "Lenken er utløpt", 410, "Lenkene i en påminnelse virker i "
                        + ActionLinkSigner.VALID_DAYS + " dager. Bruk lenken i en nyere påminnelse, eller registrer "
                        + "oppfølgingen i fagsystemet. Ingenting ble endret.");
                case MALFORMED -> problem("link-invalid", "Lenken virker ikke", 400,
                        "Lenken er ufullstendig eller endret. Åpne den fra e-posten igjen. Ingenting ble endret.");
            });
        }
    }

    /** The placement, if the follow-up the link names is still due on the date the digest showed. */
    private PlacementFollowUps current(ActionLink link) {
        return placements.find(link.placementId())
                .filter(p -> p.due().stream().anyMatch(d -> d.party() == link.party() && d.dueOn().equals(link.dueOn())))
                .orElseThrow(() -> new ProblemException(problem("already-recorded", "Allerede registrert", 409,
                        "Denne oppfølgingen er allerede registrert, eller saken er endret siden påminnelsen ble sendt. "
                                + "Ingenting ble endret.")));
    }

    /** The placement, if it is still in job search (phase REFERRED, not paused), where employer contacts belong. */
    private PlacementFollowUps inJobSearch(ActionLink link) {
        return placements.find(link.placementId())
                .filter(p -> p.due().stream().anyMatch(DueFollowUp::jobSearch))
                .orElseThrow(() -> new ProblemException(problem("not-in-job-search", "Ikke i jobbsøking", 409,
                        "Saken er ikke lenger i jobbsøking, eller den er satt på pause. Registrer kontakten i "
                                + "fagsystemet. Ingenting ble endret.")));
    }

    /** The same follow-up gives the same event id, whichever of its links is used and how often. */
    static String eventId(ActionLink link) {
        return digestLinkId(link.action().name(), link.placementId(), link.party().name(), link.dueOn().toString());
    }

    /**
     * One contact per placement, Oslo day and choice, whichever of the placement's links records it
     * and how often: a double click (or the link beside each of its due items) is one event.
     */
    static String contactEventId(String placementId, LocalDate day, ContactChoice choice) {
        return digestLinkId(ActionLink.Action.EMPLOYER_CONTACT.name(), placementId, day.toString(),
                String.valueOf(choice.faceToFace()), choice.employerOrgNumber().orElse(""));
    }

    private static String digestLinkId(String... parts) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(String.join("|", parts)
                    .getBytes(StandardCharsets.UTF_8));
            return "digest-link:" + HexFormat.of().formatHex(digest, 0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static Problem problem(String type, String title, int status, String detail) {
        return new Problem(Problem.type(type), title, status, detail, null, List.of(), Map.of());
    }
}
