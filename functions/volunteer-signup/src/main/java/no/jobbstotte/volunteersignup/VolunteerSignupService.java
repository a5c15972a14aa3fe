package no.jobbstotte.volunteersignup;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import javax.inject.Inject;
import no.jobbstotte.shared.http.Problem;
import no.jobbstotte.shared.log.Log;
import no.jobbstotte.shared.table.volunteers.RateLimits;
import no.jobbstotte.shared.table.volunteers.Tokens;
import no.jobbstotte.shared.table.volunteers.Volunteer;
import no.jobbstotte.shared.table.volunteers.Volunteers;
import no.jobbstotte.shared.validation.FieldError;
import no.jobbstotte.shared.validation.ValidationResult;
import no.jobbstotte.shared.volunteer.VolunteerSignup;

/**
 * The two routes anyone can call to make us send a mail: sign-up and erasure request. Both are
 * rate limited, and both answer the same whether or not the address is known (no enumeration).
 */
public final class VolunteerSignupService {

    static final Duration PENDING_TTL = Duration.ofHours(72);
    static final Duration ERASURE_TTL = Duration.ofHours(24);
    static final Reply ACCEPTED = new Reply.Done(202, "pending", "Sjekk e-posten din",
            "Takk for påmeldingen! Vi har sendt en e-post til adressen du oppga. Åpne lenken i e-posten innen 72 timer for å bekrefte påmeldingen.");
    static final Reply ERASURE_ACCEPTED = new Reply.Done(202, "erasure-requested", "Sjekk e-posten din",
            "Hvis adressen er registrert hos oss, har vi sendt en e-post med en lenke for å slette opplysningene.");
    private static final Log LOG = Log.get(VolunteerSignupService.class);

    private final Volunteers volunteers;
    private final Tokens tokens;
    private final RateLimits limiter;
    private final VolunteerMailer mailer;
    private final Secrets secrets;
    private final VolunteerSignupValidator validator;
    private final VolunteerSettings settings;
    private final Clock clock;

    @Inject
    public VolunteerSignupService(Volunteers volunteers, Tokens tokens, RateLimits limiter, VolunteerMailer mailer,
            Secrets secrets, VolunteerSignupValidator validator, VolunteerSettings settings, Clock clock) {
        this.volunteers = volunteers;
        this.tokens = tokens;
        this.limiter = limiter;
        this.mailer = mailer;
        this.secrets = secrets;
        this.validator = validator;
        this.settings = settings;
        this.clock = clock;
    }

    public Reply signUp(JsonNode body, String clientIp) {
        Instant now = clock.instant();
        OptionalLong wait = limiter.hit("ip#" + clientIp, settings.ipLimitPerHour(), now);
        if (wait.isPresent()) {
            return tooMany(wait, "sign-up");
        }
        if (VolunteerSignupValidator.isBot(body)) {
            LOG.info("sign-up ignored", "outcome", "honeypot");
            return ACCEPTED;
        }
        VolunteerSignup signup;
        switch (validator.validate(body)) {
            case ValidationResult.Invalid<VolunteerSignup> invalid -> {
                LOG.info("sign-up rejected", "outcome", "invalid", "errors", invalid.errors().size());
                return new Reply.Failed(Problem.validation(invalid.errors()));
            }
            case ValidationResult.Valid<VolunteerSignup> valid -> signup = valid.value();
        }
        String emailHash = secrets.emailHash(signup.email());
        wait = limiter.hit("email#" + emailHash, settings.emailLimitPerHour(), now);
        if (wait.isPresent()) {
            return tooMany(wait, "sign-up");
        }
        register(signup, emailHash, now);
        return ACCEPTED;
    }

    private void register(VolunteerSignup signup, String emailHash, Instant now) {
        String volunteerId = UUID.randomUUID().toString();
        Instant expiresAt = now.plus(PENDING_TTL);
        if (volunteers.claimEmail(emailHash, volunteerId, expiresAt, now)) {
            volunteers.addPending(volunteerId, signup, emailHash, now, expiresAt);
            sendConfirmation(volunteerId, signup.email(), signup.name(), expiresAt);
            LOG.info("volunteer signed up", "volunteerId", volunteerId, "outcome", "pending");
            return;
        }
        Optional<Volunteer> existing = volunteers.emailOwner(emailHash, now).flatMap(owner -> volunteers.find(owner, now));
        if (existing.isPresent() && existing.get().pending()) {
            // Still unconfirmed: the first mail was probably lost, so a fresh link helps more than a notice.
            String ownerId = existing.get().volunteerId();
            sendConfirmation(ownerId, signup.email(), existing.get().name(), existing.get().expiresAt());
            LOG.info("volunteer signed up again", "volunteerId", ownerId, "outcome", "confirmation-resent");
        } else {
            mailer.alreadyRegistered(signup.email());
            LOG.info("volunteer signed up again", "outcome", "already-registered");
        }
    }

    private void sendConfirmation(String volunteerId, String email, String name, Instant expiresAt) {
        String token = secrets.newToken();
        if (tokens.putToken(Secrets.tokenHash(token), VolunteerLinkService.CONFIRM, volunteerId, expiresAt)) {
            mailer.confirmation(email, VolunteerSignup.firstName(name), settings.link(VolunteerLinkService.CONFIRM_PATH, token));
        }
    }

    public Reply requestErasure(JsonNode body, String clientIp) {
        Instant now = clock.instant();
        OptionalLong wait = limiter.hit("ip#" + clientIp, settings.ipLimitPerHour(), now);
        if (wait.isPresent()) {
            return tooMany(wait, "erasure-request");
        }
        Optional<String> email = Fields.onlyText(body, "email", EmailAddresses.MAX_LENGTH)
                .flatMap(EmailAddresses::normalise);
        if (email.isEmpty()) {
            return new Reply.Failed(Problem.validation(List.of(new FieldError("/email", FieldError.INVALID_FORMAT,
                    "Send bare feltet email, med en gyldig e-postadresse."))));
        }
        String emailHash = secrets.emailHash(email.get());
        wait = limiter.hit("email#" + emailHash, settings.emailLimitPerHour(), now);
        if (wait.isPresent()) {
            return tooMany(wait, "erasure-request");
        }
        Optional<String> owner = volunteers.emailOwner(emailHash, now);
        owner.ifPresent(volunteerId -> {
            String token = secrets.newToken();
            if (tokens.putToken(Secrets.tokenHash(token), VolunteerLinkService.ERASE, volunteerId, now.plus(ERASURE_TTL))) {
                mailer.erasureLink(email.get(), settings.link(VolunteerLinkService.ERASE_PATH, token));
            }
        });
        LOG.info("erasure requested", "volunteerId", owner.orElse("none"));
        return ERASURE_ACCEPTED;
    }

    private static Reply tooMany(OptionalLong wait, String route) {
        LOG.info("rate limited", "route", route, "retryAfterSeconds", wait.getAsLong());
        return new Reply.Failed(Problem.tooManyRequests(wait.getAsLong()));
    }
}
