package no.jobbstotte.followupactions;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
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
import no.jobbstotte.shared.table.placements.FollowUpLookup;
import no.jobbstotte.shared.table.placements.FollowUpLookup.PlacementFollowUps;

/**
 * A digest's "Utført" and "Utsett" links: the page (GET) and the action (POST). A link is single-use through
 * what it names rather than a record of its own: it acts only while its follow-up (placement,
 * party, due date) is still due on that date, and the event it sends has an id derived from that
 * follow-up alone. Once PlacementEvents has applied the event the follow-up is no longer due, so a
 * replay is refused; two uses that cross before then send the same event id, which PlacementEvents
 * applies once. Either way a replay changes nothing.
 */
final class FollowUpActionsService {

    private static final Log LOG = Log.get(FollowUpActionsService.class);

    static final Reply DONE = new Reply.Done("recorded", "Oppfølgingen er registrert",
            "Oppfølgingen er registrert som utført. Den er borte fra neste påminnelse, og neste oppfølging "
                    + "regnes fra i dag.");

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
        current(link);
        String which = (link.party() == Party.PARTICIPANT ? "Oppfølgingen av deltakeren" : "Oppfølgingen av arbeidsgiveren")
                + " i sak " + link.placementId();
        return switch (link.action()) {
            case DONE -> new Reply.Form(token, "Registrer oppfølging", which + " registreres som utført i dag.",
                    "Registrer som utført", false);
            case POSTPONE -> new Reply.Form(token, "Utsett oppfølging", which + " utsettes med så mange arbeidsdager "
                    + "du velger, regnet fra i dag (eller fra fristen, om den er senere).", "Utsett", true);
        };
    }

    /** POST: the follow-up done or postponed, as a placement event on the queue. */
    Reply act(ActionRequests.Body request) {
        ActionLink link = verify(request.token());
        PlacementFollowUps placement = current(link);
        EventHeader header = new EventHeader(eventId(link), link.placementId(), placement.specialistId(),
                placement.teamId(), placement.municipalityNumber(), Optional.empty(), clock.instant());
        PlacementEvent event = switch (link.action()) {
            case DONE -> new PlacementEvent.FollowUpDone(header, link.party() == Party.PARTICIPANT
                    ? PlacementEvent.Met.PARTICIPANT : PlacementEvent.Met.EMPLOYER);
            case POSTPONE -> new PlacementEvent.FollowUpPostponed(header, link.party(), link.dueOn(), PostponeDays
                    .newDueOn(link.dueOn(), WorkingDays.osloDate(clock.instant()), PostponeDays.parse(request.days())));
        };
        queue.send(event);
        LOG.info("follow-up recorded from a digest link", "action", link.action().name());
        return event instanceof PlacementEvent.FollowUpPostponed postponed
                ? new Reply.Done("postponed", "Oppfølgingen er utsatt", "Oppfølgingen er utsatt til "
                        + postponed.newDueOn().format(NORWEGIAN_DATE) + ". Den er med i påminnelsen igjen den dagen.")
                : DONE;
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

    /** The same follow-up gives the same event id, whichever of its links is used and how often. */
    static String eventId(ActionLink link) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(String.join("|", link.action().name(),
                    link.placementId(), link.party().name(), link.dueOn().toString()).getBytes(StandardCharsets.UTF_8));
            return "digest-link:" + HexFormat.of().formatHex(digest, 0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static Problem problem(String type, String title, int status, String detail) {
        return new Problem(Problem.type(type), title, status, detail, null, List.of(), Map.of());
    }
}
