package no.jobbstotte.volunteersignup;

import static no.jobbstotte.shared.volunteer.VolunteerCalendar.ZONE;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.inject.Inject;
import no.jobbstotte.shared.http.Problem;
import no.jobbstotte.shared.log.Log;
import no.jobbstotte.shared.table.volunteercounts.ConfirmationCounts;
import no.jobbstotte.shared.table.volunteers.Token;
import no.jobbstotte.shared.table.volunteers.Tokens;
import no.jobbstotte.shared.table.volunteers.Volunteer;
import no.jobbstotte.shared.table.volunteers.Volunteers;
import no.jobbstotte.shared.validation.FieldError;

/**
 * The links we e-mail: confirming a sign-up and confirming an erasure. GET only shows a page
 * with a button (mail scanners open links); POST acts. A spent confirmation token still answers
 * "done", so a second click is harmless, but it never acts twice; a retry after a crash part-way
 * finishes the confirmation. Erasure deletes every token of the person, so afterwards their links
 * answer as an unknown one: nothing tells that they were here.
 */
public final class VolunteerLinkService {

    public static final String CONFIRM = "CONFIRM";
    public static final String ERASE = "ERASE";
    public static final String CONFIRM_PATH = "/v1/volunteers/confirm";
    public static final String ERASE_PATH = "/v1/volunteers/erase";
    static final Reply CONFIRMED_REPLY = new Reply.Done(200, "confirmed", "Påmeldingen er bekreftet",
            "Takk! Du er nå registrert som frivillig. Koordinatoren i kommunen din tar kontakt.");
    static final Reply ERASED_REPLY = new Reply.Done(200, "erased", "Opplysningene er slettet",
            "Vi har slettet opplysningene dine. Takk for at du ville være frivillig.");
    private static final Log LOG = Log.get(VolunteerLinkService.class);

    private final Volunteers volunteers;
    private final Tokens tokens;
    private final ConfirmationCounts counts;
    private final Clock clock;

    @Inject
    public VolunteerLinkService(Volunteers volunteers, Tokens tokens, ConfirmationCounts counts, Clock clock) {
        this.volunteers = volunteers;
        this.tokens = tokens;
        this.counts = counts;
        this.clock = clock;
    }

    public Reply confirmPage(String token) {
        return validToken(token).<Reply>map(t -> new Reply.Form(CONFIRM_PATH, t, "Bekreft påmeldingen",
                        "Trykk på knappen for å bekrefte at du vil bli frivillig.", "Bekreft påmeldingen"))
                .orElseGet(VolunteerLinkService::malformedToken);
    }

    public Reply erasePage(String token) {
        return validToken(token).<Reply>map(t -> new Reply.Form(ERASE_PATH, t, "Slett opplysningene dine",
                        "Trykk på knappen for å slette alle opplysningene vi har om deg som frivillig.", "Slett opplysningene"))
                .orElseGet(VolunteerLinkService::malformedToken);
    }

    public Reply confirm(JsonNode body) {
        Optional<String> token = Fields.onlyText(body, "token", 64).flatMap(VolunteerLinkService::validToken);
        if (token.isEmpty()) {
            return malformedToken();
        }
        Instant now = clock.instant();
        String hash = Secrets.tokenHash(token.get());
        Optional<Token> stored = tokens.findToken(hash, now).filter(t -> t.purpose().equals(CONFIRM));
        if (stored.isEmpty()) {
            return invalidLink("confirm");
        }
        String volunteerId = stored.get().volunteerId();
        boolean used = stored.get().used();
        Optional<Volunteer> confirmedNow = used ? Optional.empty()
                : volunteers.confirm(volunteerId, now, LocalDate.ofInstant(now, ZONE), UUID.randomUUID().toString());
        // Not confirmed now: a second click, another link of the same sign-up, or a retry after a
        // crash part-way. "Done" only while the person is still there and confirmed; once erased, or
        // lapsed, the link is as dead as an unknown one.
        Optional<Volunteer> volunteer = confirmedNow.or(() -> volunteers.find(volunteerId, now).filter(Volunteer::confirmed));
        if (volunteer.isEmpty()) {
            return invalidLink("confirm");
        }
        if (!used) {
            // Each step is safe to repeat, and the link stays unused until the last one, so a retry
            // finishes what a crash cut short: the count is neither lost nor doubled.
            volunteers.keepEmailClaim(volunteer.get().emailHash());
            counts.countOnce(volunteer.get().countId(), volunteer.get().municipalityNumber(), volunteer.get().confirmedMonth());
            tokens.markTokenUsed(hash, now);
            LOG.info("volunteer confirmed", "volunteerId", volunteerId,
                    "outcome", confirmedNow.isPresent() ? "confirmed" : "completed");
        }
        return CONFIRMED_REPLY;
    }

    public Reply erase(JsonNode body) {
        Optional<String> token = Fields.onlyText(body, "token", 64).flatMap(VolunteerLinkService::validToken);
        if (token.isEmpty()) {
            return malformedToken();
        }
        Instant now = clock.instant();
        String hash = Secrets.tokenHash(token.get());
        Optional<Token> stored = tokens.findToken(hash, now).filter(t -> t.purpose().equals(ERASE) && !t.used());
        // Erasure deletes the token with the person; one still here but spent, or whose person is
        // gone, is from before tokens were recorded on the person, and must not answer "erased" either.
        if (stored.isEmpty() || !volunteers.erase(stored.get().volunteerId())) {
            return invalidLink("erase");
        }
        LOG.info("volunteer erased", "volunteerId", stored.get().volunteerId(), "outcome", "erased");
        return ERASED_REPLY;
    }

    private static Optional<String> validToken(String token) {
        return Optional.ofNullable(token).filter(t -> Secrets.TOKEN.matcher(t).matches());
    }

    private static Reply malformedToken() {
        return new Reply.Failed(Problem.validation(List.of(new FieldError("/token", FieldError.INVALID_FORMAT,
                "Lenken er ufullstendig. Kopier hele lenken fra e-posten."))));
    }

    private static Reply invalidLink(String route) {
        LOG.info("link refused", "route", route, "outcome", "invalid-or-expired");
        return new Reply.Failed(new Problem(Problem.type("invalid-link"), "Lenken virker ikke", 404,
                "Lenken er ugyldig eller utløpt. Meld deg på igjen hvis du fortsatt vil være frivillig.",
                (URI) null, List.of(), Map.of()));
    }
}
